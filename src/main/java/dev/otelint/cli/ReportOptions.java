package dev.otelint.cli;

import dev.otelint.report.BadInputException;
import dev.otelint.report.RenderOptions;
import dev.otelint.report.Report;
import dev.otelint.report.ReportFormat;
import dev.otelint.report.ReportRenderer;
import dev.otelint.report.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The report flags every checking command shares: --format, --output, --fail-on, --max-findings. */
public final class ReportOptions {

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: text, json, junit, sarif, github (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at least this severe: error, warning, info, none (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--max-findings", paramLabel = "N",
            description = "List at most N findings; the summary still counts all.")
    Integer maxFindings;

    public Report newReport() {
        if (maxFindings != null && maxFindings < 0) {
            throw new BadInputException("--max-findings: expected a number >= 0, got " + maxFindings);
        }
        failThreshold(); // reject a bad --fail-on before any work is done
        reportFormat();
        return new Report(maxFindings == null ? Integer.MAX_VALUE : maxFindings);
    }

    ReportFormat reportFormat() {
        return OptionValues.parse("--format", format, ReportFormat.class);
    }

    /** The --fail-on threshold, or null for none. */
    Severity failThreshold() {
        if ("none".equalsIgnoreCase(failOn.trim())) {
            return null;
        }
        return OptionValues.parse("--fail-on", failOn, Severity.class, "none");
    }

    /** Renders the report where asked and returns the exit code it implies. */
    public int finish(Report report, PrintWriter stdout) {
        boolean toFile = output != null;
        RenderOptions options = new RenderOptions(VersionProvider.version(), !toFile && Terminal.colorEnabled());
        ReportRenderer renderer = reportFormat().renderer();
        if (toFile) {
            OutputFile.write(output, w -> renderer.render(report, options, w));
        } else {
            try {
                renderer.render(report, options, stdout);
            } catch (IOException e) {
                throw new IllegalStateException("cannot write to standard output", e);
            }
            stdout.flush();
        }
        return report.fails(failThreshold()) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }
}
