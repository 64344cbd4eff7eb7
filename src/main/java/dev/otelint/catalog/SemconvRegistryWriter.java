package dev.otelint.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Writes registry.json: one attribute, metric or group per line, in the registry's sorted order. */
final class SemconvRegistryWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private SemconvRegistryWriter() {}

    static void write(SemconvRegistry registry, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new SemconvLinePrinter());
            g.writeStartObject();
            g.writeNumberField("formatVersion", SemconvRegistryFile.FORMAT_VERSION);
            g.writeStringField("semconvVersion", registry.version());
            writeOptional(g, "schemaUrl", registry.schemaUrl());
            g.writeArrayFieldStart("attributes");
            for (SemconvAttribute attribute : registry.attributes()) {
                writeAttribute(g, attribute);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("metrics");
            for (SemconvMetric metric : registry.metrics()) {
                writeMetric(g, metric);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("groups");
            for (SemconvGroup group : registry.groups()) {
                g.writeStartObject();
                g.writeStringField("id", group.id());
                g.writeStringField("type", group.type());
                writeLevels(g, group.attributes());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeAttribute(JsonGenerator g, SemconvAttribute attribute) throws IOException {
        SemconvType type = attribute.type();
        g.writeStartObject();
        g.writeStringField("id", attribute.id());
        g.writeStringField("type", type.modelName());
        writeOptional(g, "stability", attribute.stability());
        if (type.isEnum()) {
            g.writeObjectFieldStart("enum");
            g.writeBooleanField("open", type.openEnum());
            g.writeArrayFieldStart("members");
            for (SemconvEnumMember member : type.members()) {
                writeMember(g, type.primitive(), member);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        writeDeprecation(g, attribute.deprecation());
        g.writeEndObject();
    }

    private static void writeMember(JsonGenerator g, SemconvType.Primitive primitive, SemconvEnumMember member)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("id", member.id());
        g.writeFieldName("value");
        if (primitive == SemconvType.Primitive.STRING) {
            g.writeString(member.value());
        } else {
            g.writeNumber(member.value());
        }
        writeOptional(g, "stability", member.stability());
        writeDeprecation(g, member.deprecation());
        g.writeEndObject();
    }

    private static void writeMetric(JsonGenerator g, SemconvMetric metric) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", metric.name());
        g.writeStringField("instrument", metric.instrument().modelName());
        g.writeStringField("unit", metric.unit());
        writeOptional(g, "stability", metric.stability());
        writeDeprecation(g, metric.deprecation());
        writeLevels(g, metric.attributes());
        g.writeEndObject();
    }

    private static void writeLevels(JsonGenerator g, Map<String, SemconvRequirementLevel> levels) throws IOException {
        g.writeObjectFieldStart("attributes");
        for (Map.Entry<String, SemconvRequirementLevel> e : levels.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue().modelName());
        }
        g.writeEndObject();
    }

    private static void writeDeprecation(JsonGenerator g, SemconvDeprecation deprecation) throws IOException {
        if (deprecation == null) {
            return;
        }
        g.writeObjectFieldStart("deprecated");
        g.writeStringField("reason", deprecation.reason().modelName());
        g.writeArrayFieldStart("replacedBy");
        for (String id : deprecation.replacedBy()) {
            g.writeString(id);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeOptional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }
}
