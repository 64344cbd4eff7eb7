package dev.otelint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.otelint.catalog.SemconvIndexTemplate;
import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export",
        mixinStandardHelpOptions = true,
        description = "Writes an OpenSearch component template for the live attributes of a semantic-conventions "
                + "namespace (see docs/catalog.md for the type mapping).",
        footer = {"", "Examples:",
            "  otelint catalog export --format index-template --namespace http",
            "  otelint catalog export --format index-template --namespace k8s.pod --prefix attributes --output k8s-pod.json"})
public final class CatalogExportCommand implements Callable<Integer> {

    private static final String INDEX_TEMPLATE = "index-template";

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "Output format: index-template.")
    String format;

    @Option(names = "--namespace", required = true, paramLabel = "NAMESPACE",
            description = "Attribute namespace to export, e.g. http or k8s.pod.")
    String namespace;

    @Option(names = "--prefix", paramLabel = "FIELD",
            description = "Object the attributes live under in documents, e.g. attributes (default: top level, "
                    + "as the Simple Schema's component templates).")
    String prefix;

    @Mixin
    CatalogSemconvOption semconv;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!INDEX_TEMPLATE.equals(format)) {
            throw new BadInputException("--format: expected " + INDEX_TEMPLATE + ", got '" + format + "'");
        }
        SemconvIndexTemplate.Result result = SemconvIndexTemplate.build(semconv.registry(), namespace, prefix);
        PrintWriter err = spec.commandLine().getErr();
        for (String conflict : result.conflicts()) {
            err.println("otelint: warning: " + conflict);
        }
        err.flush();
        String json = json(result);
        if (output == null) {
            spec.commandLine().getOut().print(json);
            spec.commandLine().getOut().flush();
        } else {
            write(json);
        }
        return ExitCodes.CLEAN;
    }

    private static String json(SemconvIndexTemplate.Result result) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result.template())
                    + System.lineSeparator();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(String json) {
        OutputFile.write(output, w -> w.write(json));
    }
}
