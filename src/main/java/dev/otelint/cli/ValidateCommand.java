package dev.otelint.cli;

import dev.otelint.records.Signal;
import dev.otelint.report.Report;
import dev.otelint.validate.ValidationRequest;
import dev.otelint.validate.ValidationService;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "validate",
        mixinStandardHelpOptions = true,
        header = "Checks sample records against an index mapping and the OTEL semantic conventions.",
        description = {
            "Checks records against an OpenSearch index mapping (with OpenSearch's own field rules)",
            "and against the OTEL semantic conventions. Every record of every file is checked, streaming."},
        footer = {"", "Inputs (detected from content): JSON array, NDJSON, one JSON document, OTLP/JSON",
            "(also the collector file exporter's lines), OTLP protobuf (.pb/.binpb, needs --signal); gzip too.",
            "", "Examples:",
            "  otelint validate --integration nginx nginx/data/sample.json",
            "  otelint validate --schema nginx/schemas --format json data.ndjson",
            "  otelint validate --signal traces --semconv 1.44.0 spans.binpb",
            "  otelint validate --format sarif --output otelint.sarif data/"})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories of records.")
    List<Path> paths;

    @Mixin
    SchemaOptions schemaOptions;

    @Option(names = "--signal", paramLabel = "SIGNAL",
            description = "logs, traces or metrics: picks the catalog template and decodes OTLP protobuf.")
    String signal;

    @Option(names = "--no-semconv", description = "Skip the semantic-convention rules.")
    boolean noSemconv;

    @Option(names = "--no-mapping", description = "Skip the mapping rules.")
    boolean noMapping;

    @Mixin
    ReportOptions reportOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        schemaOptions.requireOneMappingSource();
        Report report = reportOptions.newReport();
        ValidationRequest request = new ValidationRequest(paths, schemaOptions.schema, schemaOptions.integration,
                signal == null ? null : OptionValues.parse("--signal", signal, Signal.class),
                noSemconv ? null : schemaOptions.semconv, !noMapping);
        new ValidationService().validate(request, report);
        return reportOptions.finish(report, spec.commandLine().getOut());
    }
}
