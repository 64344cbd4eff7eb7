package dev.otelint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers. */
final class SarifRenderer implements ReportRenderer {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public void render(Report report, RenderOptions options, Writer out) throws IOException {
        List<Finding> findings = FindingOrder.sorted(report);
        List<Rule> rules = rulesUsed(findings);
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        JsonGenerator gen = JsonOutput.open(out);
        gen.writeStartObject();
        gen.writeStringField("$schema", SCHEMA);
        gen.writeStringField("version", "2.1.0");
        gen.writeArrayFieldStart("runs");
        gen.writeStartObject();
        writeTool(gen, options, rules);
        gen.writeArrayFieldStart("results");
        for (Finding f : findings) {
            writeResult(gen, f, ruleIndex.get(f.rule()));
        }
        gen.writeEndArray();
        gen.writeEndObject();
        gen.writeEndArray();
        gen.writeEndObject();
        JsonOutput.finish(gen, out);
    }

    /**
     * Every rule some finding uses, sorted by id. A rule the registry does not know (a checker that
     * forgot to register it) still gets an entry, so that every result's ruleIndex resolves.
     */
    static List<Rule> rulesUsed(List<Finding> findings) {
        Map<String, Rule> known = new HashMap<>();
        for (Rule r : RuleRegistry.all()) {
            known.put(r.id(), r);
        }
        Map<String, Rule> used = new TreeMap<>();
        for (Finding f : findings) {
            used.computeIfAbsent(f.rule(), id -> known.getOrDefault(id, new Rule(id, f.severity(), id)));
        }
        return new ArrayList<>(used.values());
    }

    private static void writeTool(JsonGenerator gen, RenderOptions options, List<Rule> rules) throws IOException {
        gen.writeObjectFieldStart("tool");
        gen.writeObjectFieldStart("driver");
        gen.writeStringField("name", "otelint");
        JsonOutput.optionalStringField(gen, "version", options.toolVersion());
        gen.writeArrayFieldStart("rules");
        for (Rule r : rules) {
            gen.writeStartObject();
            gen.writeStringField("id", r.id());
            gen.writeObjectFieldStart("shortDescription");
            gen.writeStringField("text", r.description());
            gen.writeEndObject();
            gen.writeObjectFieldStart("defaultConfiguration");
            gen.writeStringField("level", level(r.severity()));
            gen.writeEndObject();
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
        gen.writeEndObject();
    }

    private static void writeResult(JsonGenerator gen, Finding f, int ruleIndex) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("ruleId", f.rule());
        gen.writeNumberField("ruleIndex", ruleIndex);
        gen.writeStringField("level", level(f.severity()));
        gen.writeObjectFieldStart("message");
        gen.writeStringField("text", PlainMessage.of(f));
        gen.writeEndObject();
        if (f.file() != null) {
            writeLocation(gen, f);
        }
        writeProperties(gen, f);
        gen.writeEndObject();
    }

    private static void writeLocation(JsonGenerator gen, Finding f) throws IOException {
        gen.writeArrayFieldStart("locations");
        gen.writeStartObject();
        gen.writeObjectFieldStart("physicalLocation");
        gen.writeObjectFieldStart("artifactLocation");
        gen.writeStringField("uri", ArtifactUri.of(f.file()));
        gen.writeEndObject();
        if (f.line() > 0) {
            gen.writeObjectFieldStart("region");
            gen.writeNumberField("startLine", f.line());
            if (f.column() > 0) {
                gen.writeNumberField("startColumn", f.column());
            }
            gen.writeEndObject();
        }
        gen.writeEndObject();
        gen.writeEndObject();
        gen.writeEndArray();
    }

    /** SARIF property bag: the finding's details that have no SARIF field of their own. */
    private static void writeProperties(JsonGenerator gen, Finding f) throws IOException {
        if (f.path() == null && f.expected() == null && f.actual() == null && f.fix() == null && f.record() <= 0) {
            return;
        }
        gen.writeObjectFieldStart("properties");
        JsonOutput.optionalStringField(gen, "path", f.path());
        JsonOutput.optionalStringField(gen, "expected", f.expected());
        JsonOutput.optionalStringField(gen, "actual", f.actual());
        JsonOutput.optionalStringField(gen, "fix", f.fix());
        if (f.record() > 0) {
            gen.writeNumberField("record", f.record());
        }
        gen.writeEndObject();
    }

    // SARIF 2.1.0 section 3.27.10: level is one of none, note, warning, error
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
