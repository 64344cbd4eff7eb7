package dev.otelint.cli;

import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.migrate.MigrateService;
import dev.otelint.migrate.MigrationRequest;
import dev.otelint.report.Report;
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

@Command(name = "migrate",
        mixinStandardHelpOptions = true,
        header = "Renames deprecated convention names in records and dashboards (diff or --write).",
        description = {
            "Renames deprecated convention names to their replacements in records (member names, OTLP",
            "attribute keys) and in dashboard assets (field references in saved objects, their queries and",
            "Grafana targets), touching nothing else. Prints a unified diff; --write edits the files.",
            "Names without a plain rename are reported (to standard error, or --output) and left alone."},
        footer = {"", "Examples:",
            "  otelint migrate nginx/data nginx/assets > migrate.patch && patch -p1 < migrate.patch",
            "  otelint migrate --write nginx/",
            "  otelint migrate --semconv 1.44.0 --format json --output left-alone.json dashboards/"})
public final class MigrateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Record or asset files or directories.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--semconv", paramLabel = "VERSION|DIR", defaultValue = SemconvRegistry.DEFAULT_VERSION,
            description = "Semantic-conventions version shipped with otelint, or a model/ directory (default: ${DEFAULT-VALUE}).")
    String semconv;

    @Option(names = "--write", description = "Edit the files in place (atomically) instead of printing a diff.")
    boolean write;

    @Mixin
    ReportOptions reportOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Report report = reportOptions.newReport();
        PrintWriter out = spec.commandLine().getOut();
        List<MigrateService.FileChange> changes = new MigrateService()
                .migrate(new MigrationRequest(paths, semconv, write), report, out);
        if (write) {
            for (MigrateService.FileChange change : changes) {
                out.println(change.name() + ": " + change.renames() + (change.renames() == 1 ? " rename" : " renames"));
            }
        }
        out.flush();
        // Standard output holds the diff, so the findings go to standard error unless --output names a file.
        return reportOptions.finish(report, spec.commandLine().getErr());
    }
}
