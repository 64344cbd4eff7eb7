package dev.otelint.integration;

import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.report.Finding;
import dev.otelint.report.Report;
import dev.otelint.report.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * `otelint lint`: every integration under the given paths, each with the .otelint.yaml that applies to it,
 * into one report.
 */
public final class LintService {

    /**
     * @param semconv the --semconv the user gave, or null to take the .otelint.yaml's (else the default)
     * @return one result per integration, in the order they were linted
     */
    public List<LintResult> lint(List<Path> paths, String semconv, Report report) {
        List<LintResult> results = new ArrayList<>();
        for (Path integration : IntegrationFinder.find(paths)) {
            results.add(lintOne(integration, semconv, report));
        }
        return results;
    }

    private static LintResult lintOne(Path integration, String semconv, Report report) {
        long start = System.nanoTime();
        ProjectConfig config = ProjectConfigReader.forDirectory(integration);
        String target = semconv != null ? semconv
                : config.semconv() != null ? config.semconv() : SemconvRegistry.DEFAULT_VERSION;
        Report raw = new Report();
        new IntegrationLinter(target, config.schemas()).lint(integration, raw);
        int[] counts = new int[Severity.values().length];
        for (Finding finding : raw.findings()) {
            config.apply(finding).ifPresent(kept -> {
                counts[kept.severity().ordinal()]++;
                report.accept(kept);
            });
        }
        raw.checkedFiles().forEach(report::countFile);
        report.countRecords(raw.records());
        if (raw.countsObjects()) {
            report.countObjects(raw.objects());
        }
        return new LintResult(integration, counts[Severity.ERROR.ordinal()], counts[Severity.WARNING.ordinal()],
                counts[Severity.INFO.ordinal()], Duration.ofNanos(System.nanoTime() - start));
    }
}
