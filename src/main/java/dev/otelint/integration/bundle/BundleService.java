package dev.otelint.integration.bundle;

import dev.otelint.integration.IntegrationFinder;
import dev.otelint.report.BadInputException;
import dev.otelint.report.Report;
import dev.otelint.report.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * `otelint bundle`: the integrations under the given paths as integration-template saved objects, one NDJSON
 * file to import into OpenSearch Dashboards. All or nothing: an integration with errors, or a finding at
 * {@code failOn}, and no bundle is written.
 */
public final class BundleService {
    /** OpenSearch Dashboards' default savedObjects.maxImportPayloadBytes (src/core/server/saved_objects/saved_objects_config.ts). */
    static final long IMPORT_PAYLOAD_LIMIT = 26_214_400;

    /**
     * @param output            the bundle file, or null for standard output
     * @param maxSampleRecords  sample records kept per integration, or null for all
     * @param failOn            findings at this severity refuse the bundle too (null: only errors do)
     */
    public record Request(List<Path> paths, Path output, Long maxSampleRecords, Severity failOn) {}

    /** The templates planned, and whether the bundle was written (false when refused). */
    public record Result(List<TemplatePlan> templates, boolean written, long bytes) {}

    public Result bundle(Request request, Writer stdout, Report report) {
        if (request.maxSampleRecords() != null && request.maxSampleRecords() < 0) {
            throw new BadInputException("--max-sample-records: expected a number >= 0, got " + request.maxSampleRecords());
        }
        List<Path> integrations = IntegrationFinder.find(request.paths());
        if (request.output() != null) {
            BundleOutput.refuseInside(request.output(), integrations);
        }
        TemplatePlanner planner = new TemplatePlanner(request.maxSampleRecords() == null ? Long.MAX_VALUE
                : request.maxSampleRecords());
        List<TemplatePlan> templates = new ArrayList<>();
        for (Path integration : integrations) {
            planner.plan(integration, report).ifPresent(templates::add);
        }
        checkIds(templates, report);
        if (refused(report, request.failOn())) {
            return new Result(templates, false, 0);
        }
        return write(templates, request, stdout, report);
    }

    private static Result write(List<TemplatePlan> templates, Request request, Writer stdout, Report report) {
        Path temporary = BundleOutput.temporary(request.output());
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                BundleWriter.write(templates, out);
            }
            long bytes = Files.size(temporary);
            checkSize(bytes, request.output(), report);
            if (refused(report, request.failOn())) {
                return new Result(templates, false, bytes);
            }
            BundleOutput.publish(temporary, request.output(), stdout);
            return new Result(templates, true, bytes);
        } catch (IOException e) {
            throw new BadInputException(temporary + ": cannot write the bundle: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // the temporary file is hidden beside the target; failing to remove it does not fail the bundle
            }
        }
    }

    private static boolean refused(Report report, Severity failOn) {
        return report.count(Severity.ERROR) > 0 || report.fails(failOn);
    }

    /** Same name, type and version is the same id: an import would keep one of the templates. */
    private static void checkIds(List<TemplatePlan> templates, Report report) {
        Map<UUID, TemplatePlan> seen = new HashMap<>();
        for (TemplatePlan template : templates) {
            TemplatePlan first = seen.putIfAbsent(template.id(), template);
            if (first != null) {
                report.accept(BundleRules.DUPLICATE_ID.finding().file(template.config().file().toString())
                        .message(template.name() + " " + template.type() + " " + template.version()
                                + " is also the name, type and version of " + first.integration()
                                + ": both are template " + template.id() + " and an import keeps one")
                        .build());
            }
        }
    }

    private static void checkSize(long bytes, Path output, Report report) {
        if (bytes > IMPORT_PAYLOAD_LIMIT) {
            report.accept(BundleRules.IMPORT_TOO_LARGE.finding().file(output == null ? "(standard output)" : output.toString())
                    .message("the bundle is " + SampleDataRules.mebibytes(bytes) + "; Dashboards refuses imports over "
                            + "savedObjects.maxImportPayloadBytes, 25 MiB unless its opensearch_dashboards.yml raises it")
                    .actual(bytes + " bytes").fix("--max-sample-records N, or bundle the integrations in several files")
                    .build());
        }
    }
}
