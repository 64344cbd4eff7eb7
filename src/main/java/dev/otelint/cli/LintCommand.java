package dev.otelint.cli;

import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.integration.LintResult;
import dev.otelint.integration.LintService;
import dev.otelint.integration.LintSummary;
import dev.otelint.report.BadInputException;
import dev.otelint.report.Report;
import dev.otelint.report.ReportFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "lint",
        mixinStandardHelpOptions = true,
        header = "Checks whole integrations for CI: config, layout, data/ and assets/ in one report.",
        description = {
            "Checks integrations as OpenSearch Dashboards loads them (config schema, file layout), then runs",
            "validate on each one's data/ against its own schemas/ and check-assets on its assets/, into one report.",
            "A folder of integrations is walked; .otelint.yaml (nearest, up to the repository root) applies."},
        footer = {"", "Examples:",
            "  otelint lint",
            "  otelint lint integrations/nginx",
            "  otelint lint --format sarif --output lint.sarif integrations/",
            "  otelint lint --fail-on warning --semconv 1.44.0 integrations/"})
public final class LintCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "DIR",
            description = "Integration folders or folders of integrations (default: the current folder).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--semconv", paramLabel = "VERSION|DIR",
            description = "Semantic-conventions version or model/ directory (default: .otelint.yaml's semconv, else the built-in one).")
    String semconv;

    @Mixin
    ReportOptions reportOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Report report = reportOptions.newReport();
        checkSemconv();
        List<Path> dirs = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        List<LintResult> results = new LintService().lint(dirs, semconv, report);
        int code = reportOptions.finish(report, spec.commandLine().getOut());
        if (results.size() > 1) {
            // the table goes where it cannot break a machine-readable report
            boolean reportOnStdout = reportOptions.output == null;
            boolean machineFormat = reportOptions.reportFormat() != ReportFormat.TEXT;
            PrintWriter table = reportOnStdout && machineFormat ? spec.commandLine().getErr() : spec.commandLine().getOut();
            if (reportOnStdout && !machineFormat) {
                table.println();
            }
            LintSummary.write(results, table);
        }
        return code;
    }

    /** A --semconv typo is a bad invocation (exit 2), not a failed check in every integration. */
    private void checkSemconv() {
        if (semconv == null) {
            return;
        }
        try {
            SemconvRegistry.resolve(semconv);
        } catch (BadInputException e) {
            throw new BadInputException("--semconv: " + e.getMessage(), e);
        }
    }
}
