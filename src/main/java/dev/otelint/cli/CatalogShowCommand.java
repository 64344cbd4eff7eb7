package dev.otelint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.otelint.catalog.MappingCatalog;
import dev.otelint.catalog.MappingCatalog.Entry;
import dev.otelint.catalog.MappingDynamicTemplate;
import dev.otelint.catalog.MappingField;
import dev.otelint.catalog.MappingOutline;
import dev.otelint.records.Signal;
import dev.otelint.report.BadInputException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show",
        mixinStandardHelpOptions = true,
        description = "Shows every field of a shipped template as a dotted path with its type and parameters, "
                + "and its dynamic templates. An index template includes its composed components (column FROM).",
        footer = {"", "Names: see 'otelint catalog list'. A name that several signals use (http)",
            "needs --signal.",
            "", "Examples:",
            "  otelint catalog show logs",
            "  otelint catalog show http --signal traces",
            "  otelint catalog show aws_elb --format json"})
public final class CatalogShowCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "A component or index template name, e.g. http, logs.")
    String name;

    @Option(names = "--signal", paramLabel = "SIGNAL",
            description = "logs, traces or metrics: picks among same-named templates.")
    String signal;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CatalogOutput.Format outputFormat = CatalogOutput.format(format);
        MappingCatalog catalog = MappingCatalog.builtin();
        Entry entry = resolve(catalog, name, signal == null ? null : OptionValues.parse("--signal", signal, Signal.class));
        MappingOutline outline = MappingOutline.of(catalog, entry);
        List<MappingField> fields = new ArrayList<>(outline.fields());
        fields.sort(Comparator.comparing(MappingField::path));
        PrintWriter out = spec.commandLine().getOut();
        if (outputFormat == CatalogOutput.Format.JSON) {
            CatalogOutput.json(out, toJson(entry, outline, fields));
        } else {
            printText(out, entry, outline, fields);
        }
        out.flush();
        return ExitCodes.CLEAN;
    }

    static Entry resolve(MappingCatalog catalog, String name, Signal signalOrNull) {
        List<Entry> named = catalog.named(name);
        if (named.isEmpty()) {
            throw new BadInputException("unknown template '" + name + "'; the catalog has: "
                    + String.join(", ", catalog.names()));
        }
        List<Entry> matching = new ArrayList<>();
        for (Entry e : named) {
            if (signalOrNull == null || e.signal() == signalOrNull) {
                matching.add(e);
            }
        }
        if (matching.isEmpty()) {
            throw new BadInputException("'" + name + "' is not defined for " + signalOrNull.label()
                    + "; it exists for " + MappingCatalog.signalsOf(named));
        }
        if (matching.size() > 1) {
            throw new BadInputException("'" + name + "' exists for several signals ("
                    + MappingCatalog.signalsOf(matching) + "): add --signal with one of them");
        }
        return matching.get(0);
    }

    private static void printText(PrintWriter out, Entry entry, MappingOutline outline, List<MappingField> fields) {
        boolean composed = !outline.composedOf().isEmpty();
        out.println(entry.name() + " " + entry.version() + " (" + entry.kind().label() + ", " + entry.signal().label()
                + "): " + entry.resource());
        if (!outline.indexPatterns().isEmpty()) {
            out.println("Index patterns: " + String.join(", ", outline.indexPatterns()));
        }
        if (composed) {
            out.println("Composed of: " + String.join(", ", outline.composedOf()));
        }
        out.println();
        out.println("Fields (" + fields.size() + "):");
        List<List<String>> rows = new ArrayList<>();
        for (MappingField f : fields) {
            rows.add(composed ? List.of(f.path(), f.type(), f.origin(), parameters(f))
                    : List.of(f.path(), f.type(), parameters(f)));
        }
        CatalogOutput.table(out, composed ? List.of("FIELD", "TYPE", "FROM", "PARAMETERS")
                : List.of("FIELD", "TYPE", "PARAMETERS"), rows);
        printDynamicTemplates(out, outline.dynamicTemplates(), composed);
    }

    private static void printDynamicTemplates(PrintWriter out, List<MappingDynamicTemplate> templates, boolean composed) {
        if (templates.isEmpty()) {
            return;
        }
        out.println();
        out.println("Dynamic templates (" + templates.size() + "), applied in this order to new fields:");
        List<List<String>> rows = new ArrayList<>();
        for (MappingDynamicTemplate t : templates) {
            String match = joined(t.conditions());
            String mapping = t.mapping().toString();
            rows.add(composed ? List.of(t.name(), t.origin(), match, mapping) : List.of(t.name(), match, mapping));
        }
        CatalogOutput.table(out, composed ? List.of("NAME", "FROM", "MATCH", "MAPPING")
                : List.of("NAME", "MATCH", "MAPPING"), rows);
    }

    private static String parameters(MappingField f) {
        String parameters = joined(f.parameters());
        return f.multiField() ? ("multi-field " + parameters).strip() : parameters;
    }

    private static String joined(Map<String, JsonNode> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((key, value) -> parts.add(key + "=" + (value.isValueNode() ? value.asText() : value.toString())));
        return String.join(" ", parts);
    }

    private static Map<String, Object> toJson(Entry entry, MappingOutline outline, List<MappingField> fields) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", entry.name());
        doc.put("version", entry.version());
        doc.put("signal", entry.signal().label());
        doc.put("kind", entry.kind().label());
        doc.put("resource", entry.resource());
        doc.put("index_patterns", outline.indexPatterns());
        doc.put("composed_of", outline.composedOf());
        List<Map<String, Object>> fieldDocs = new ArrayList<>();
        for (MappingField f : fields) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("path", f.path());
            d.put("type", f.type());
            d.put("from", f.origin());
            d.put("multi_field", f.multiField());
            d.put("parameters", f.parameters());
            fieldDocs.add(d);
        }
        doc.put("fields", fieldDocs);
        List<Map<String, Object>> templateDocs = new ArrayList<>();
        for (MappingDynamicTemplate t : outline.dynamicTemplates()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("name", t.name());
            d.put("from", t.origin());
            d.put("conditions", t.conditions());
            d.put("mapping", t.mapping());
            templateDocs.add(d);
        }
        doc.put("dynamic_templates", templateDocs);
        return doc;
    }
}
