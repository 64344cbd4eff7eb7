package dev.otelint.cli;

import dev.otelint.assets.AssetCheckRequest;
import dev.otelint.assets.AssetCheckService;
import dev.otelint.assets.FieldReference;
import dev.otelint.assets.rules.FieldListRenderer;
import dev.otelint.assets.rules.FieldListRow;
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

@Command(name = "check-assets",
        mixinStandardHelpOptions = true,
        header = "Checks every field a dashboard touches against the schema and the conventions.",
        description = {
            "Checks that every field a dashboard touches exists in the schema of the index it queries,",
            "fits its aggregation, and is the current OTEL name. Reads OpenSearch Dashboards saved objects",
            "(NDJSON) and Grafana dashboards (JSON); directories are walked."},
        footer = {"", "Examples:",
            "  otelint check-assets --integration nginx",
            "  otelint check-assets --integration nginx --list-fields",
            "  otelint check-assets --schema nginx/schemas --format sarif --output assets.sarif nginx/assets",
            "  otelint check-assets grafana/dashboards/"})
public final class CheckAssetsCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Asset files or directories (default with --integration: its assets/).")
    List<Path> paths = new ArrayList<>();

    @Mixin
    SchemaOptions schemaOptions;

    @Option(names = "--list-fields", description = "Print every field reference found (text or json) instead of the findings.")
    boolean listFields;

    @Mixin
    ReportOptions reportOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        schemaOptions.requireOneMappingSource();
        Report report = reportOptions.newReport();
        AssetCheckService.Result result = new AssetCheckService()
                .check(new AssetCheckRequest(paths, schemaOptions.integration, schemaOptions.schema,
                        schemaOptions.semconv), report);
        if (listFields) {
            return listFields(result);
        }
        return reportOptions.finish(report, spec.commandLine().getOut());
    }

    private int listFields(AssetCheckService.Result result) {
        List<FieldListRow> rows = new ArrayList<>();
        for (FieldReference ref : result.references()) {
            rows.add(FieldListRow.of(ref, result.check()));
        }
        boolean json = "json".equalsIgnoreCase(reportOptions.format);
        OutputFile.Content table = w -> {
            if (json) {
                FieldListRenderer.json(rows, w);
            } else {
                FieldListRenderer.text(rows, w);
            }
        };
        if (reportOptions.output != null) {
            OutputFile.write(reportOptions.output, table);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            try {
                table.writeTo(out);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot write to standard output", e);
            }
            out.flush();
        }
        return ExitCodes.CLEAN;
    }
}
