package dev.otelint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The formats of `otelint rules`: an aligned table, or a JSON array of {id, severity, description}. */
public enum RuleListFormat {
    TEXT, JSON;

    public void render(List<Rule> rules, Writer out) throws IOException {
        if (this == JSON) {
            renderJson(rules, out);
        } else {
            renderText(rules, out);
        }
    }

    private static void renderText(List<Rule> rules, Writer out) throws IOException {
        int width = 0;
        for (Rule r : rules) {
            width = Math.max(width, r.id().length());
        }
        for (Rule r : rules) {
            out.write(String.format("%-" + width + "s  %-7s  %s%n", r.id(), r.severity().label(), r.description()));
        }
    }

    private static void renderJson(List<Rule> rules, Writer out) throws IOException {
        JsonGenerator gen = JsonOutput.open(out);
        gen.writeStartArray();
        for (Rule r : rules) {
            gen.writeStartObject();
            gen.writeStringField("id", r.id());
            gen.writeStringField("severity", r.severity().label());
            gen.writeStringField("description", r.description());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        JsonOutput.finish(gen, out);
    }
}
