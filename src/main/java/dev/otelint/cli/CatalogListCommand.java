package dev.otelint.cli;

import dev.otelint.catalog.MappingCatalog;
import dev.otelint.catalog.MappingCatalog.Entry;
import dev.otelint.catalog.MappingOutline;
import dev.otelint.catalog.SemconvRegistry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list",
        mixinStandardHelpOptions = true,
        description = "Lists the OpenSearch templates (Simple Schema for Observability) and the semantic-conventions "
                + "versions shipped with otelint.",
        footer = {"", "FIELDS counts a file's own fields, with multi-fields and aliases; an index",
            "template's count leaves out its components ('otelint catalog show logs' has all).",
            "", "Examples:",
            "  otelint catalog list",
            "  otelint catalog list --format json"})
public final class CatalogListCommand implements Callable<Integer> {

    // one version per line, written by the semantic-conventions catalog build

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One row of the listing; its component names are the JSON keys. */
    record Listed(String signal, String kind, String name, String version, int fields, String resource) {

        static Listed of(Entry e, int fieldCount) {
            return new Listed(e.signal().label(), e.kind().label(), e.name(), e.version(), fieldCount, e.resource());
        }
    }

    @Override
    public Integer call() {
        CatalogOutput.Format outputFormat = CatalogOutput.format(format);
        MappingCatalog catalog = MappingCatalog.builtin();
        List<Listed> mappings = new ArrayList<>();
        for (Entry e : catalog.entries()) {
            mappings.add(Listed.of(e, MappingOutline.parse(catalog.read(e), e.name()).fields().size()));
        }
        List<String> semconv = SemconvRegistry.shippedVersions();
        PrintWriter out = spec.commandLine().getOut();
        if (outputFormat == CatalogOutput.Format.JSON) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("mappings", mappings);
            doc.put("semconv_versions", semconv);
            CatalogOutput.json(out, doc);
        } else {
            printText(out, mappings, semconv);
        }
        out.flush();
        return ExitCodes.CLEAN;
    }

    private static void printText(PrintWriter out, List<Listed> mappings, List<String> semconv) {
        out.println("OpenSearch templates (Simple Schema for Observability):");
        List<List<String>> rows = new ArrayList<>();
        for (Listed m : mappings) {
            rows.add(List.of(m.signal(), m.kind(), m.name(), m.version(), String.valueOf(m.fields())));
        }
        CatalogOutput.table(out, List.of("SIGNAL", "KIND", "NAME", "VERSION", "FIELDS"), rows);
        out.println();
        out.println("Semantic-conventions versions: " + (semconv.isEmpty() ? "none shipped" : String.join(", ", semconv)));
    }
}
