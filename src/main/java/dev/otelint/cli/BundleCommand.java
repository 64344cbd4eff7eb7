package dev.otelint.cli;

import dev.otelint.integration.bundle.BundleService;
import dev.otelint.integration.bundle.TemplatePlan;
import dev.otelint.report.RenderOptions;
import dev.otelint.report.Report;
import dev.otelint.report.ReportFormat;
import dev.otelint.report.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bundle",
        mixinStandardHelpOptions = true,
        header = "Bundles integrations as the saved objects OpenSearch Dashboards imports.",
        description = {
            "Bundles integrations as integration-template saved objects (NDJSON), the file",
            "OpenSearch Dashboards imports: each config with its components, assets, statics",
            "(base64) and sample data inlined. An integration with errors is refused and",
            "nothing is written. Findings go to standard error."},
        footer = {"", "Examples:",
            "  otelint bundle --output nginx.ndjson integrations/nginx",
            "  otelint bundle --output catalog.ndjson integrations/",
            "  otelint bundle --max-sample-records 500 integrations/nginx > nginx.ndjson"})
public final class BundleCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "DIR",
            description = "Integration folders or folders of integrations (default: the current folder).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the bundle to FILE (replaced only once complete); '-' or none: standard output.")
    String output;

    @Option(names = "--max-sample-records", paramLabel = "N",
            description = "Keep only the first N sample records of each integration (reported as dropped).")
    Long maxSampleRecords;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "Refuse to write the bundle when a finding is at least this severe: error, warning, info "
                    + "(default: ${DEFAULT-VALUE}; errors always refuse).")
    String failOn;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Severity threshold = OptionValues.parse("--fail-on", failOn, Severity.class);
        Path target = output == null || output.equals("-") ? null : Path.of(output);
        List<Path> dirs = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        Report report = new Report();
        BundleService.Result result = new BundleService().bundle(
                new BundleService.Request(dirs, target, maxSampleRecords, threshold), spec.commandLine().getOut(), report);
        PrintWriter err = spec.commandLine().getErr();
        if (report.total() > 0) {
            renderFindings(report, err);
        }
        if (!result.written()) {
            err.println("otelint: no bundle written: findings at or above " + threshold.label()
                    + (target == null ? "" : "; " + target + " is unchanged"));
            err.flush();
            return ExitCodes.FINDINGS;
        }
        for (TemplatePlan template : result.templates()) {
            err.println("bundled " + template.describe());
        }
        err.println("wrote " + result.templates().size() + " integration template"
                + (result.templates().size() == 1 ? "" : "s") + " (" + result.bytes() + " bytes) to "
                + (target == null ? "standard output" : target));
        err.flush();
        return ExitCodes.CLEAN;
    }

    private static void renderFindings(Report report, PrintWriter err) {
        try {
            ReportFormat.TEXT.renderer().render(report,
                    new RenderOptions(VersionProvider.version(), Terminal.colorEnabled()), err);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write to standard error", e);
        }
        err.flush();
    }
}
