package dev.otelint.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes registry.json, the compiled form of a semantic-conventions model (docs/catalog.md).
 * One attribute, metric or group per line, everything sorted, so a new version diffs readably.
 */
public final class SemconvRegistryFile {

    public static final String FILE_NAME = "registry.json";
    public static final int FORMAT_VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private SemconvRegistryFile() {}

    public static void write(SemconvRegistry registry, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new SemconvLinePrinter());
            g.writeStartObject();
            g.writeNumberField("formatVersion", FORMAT_VERSION);
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

    public static SemconvRegistry read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads a registry.json; {@code source} names it in errors. */
    public static SemconvRegistry read(InputStream in, String source) {
        try (JsonParser parser = FACTORY.createParser(in)) {
            return new Reader(parser, source).registry();
        } catch (JsonProcessingException e) {
            throw BadInputException.at(source, e.getLocation().getLineNr(), e.getLocation().getColumnNr(),
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadInputException(source + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Streams the file into records; Jackson's parser without databind keeps loading fast. */
    private static final class Reader {
        private final JsonParser p;
        private final String source;

        Reader(JsonParser parser, String source) {
            this.p = parser;
            this.source = source;
        }

        SemconvRegistry registry() throws IOException {
            p.nextToken();
            String[] version = new String[2];
            List<SemconvAttribute> attributes = new ArrayList<>();
            List<SemconvMetric> metrics = new ArrayList<>();
            List<SemconvGroup> groups = new ArrayList<>();
            object(field -> {
                switch (field) {
                    case "formatVersion" -> checkFormatVersion();
                    case "semconvVersion" -> version[0] = text();
                    case "schemaUrl" -> version[1] = text();
                    case "attributes" -> array(() -> attributes.add(attribute()));
                    case "metrics" -> array(() -> metrics.add(metric()));
                    case "groups" -> array(() -> groups.add(group()));
                    default -> throw unexpected(field);
                }
            });
            if (version[0] == null) {
                throw error("expected a \"semconvVersion\" field");
            }
            return new SemconvRegistry(version[0], version[1], attributes, metrics, groups);
        }

        private void checkFormatVersion() throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != FORMAT_VERSION) {
                throw error("expected formatVersion " + FORMAT_VERSION + ", got " + p.getText()
                        + " (written by another otelint version?)");
            }
        }

        private SemconvAttribute attribute() throws IOException {
            String[] s = new String[3]; // id, type, stability
            SemconvType[] enumType = new SemconvType[1];
            SemconvDeprecation[] deprecation = new SemconvDeprecation[1];
            int line = p.currentTokenLocation().getLineNr();
            object(field -> {
                switch (field) {
                    case "id" -> s[0] = text();
                    case "type" -> s[1] = text();
                    case "stability" -> s[2] = text();
                    case "enum" -> enumType[0] = enumeration();
                    case "deprecated" -> deprecation[0] = deprecation();
                    default -> throw unexpected(field);
                }
            });
            SemconvType type = s[1] == null ? null : SemconvType.parse(s[1]);
            if (s[0] == null || type == null) {
                throw BadInputException.at(source, line, 0, "expected an attribute with an \"id\" and a known \"type\"");
            }
            if (enumType[0] != null) {
                type = SemconvType.enumeration(type.primitive(), enumType[0].members(), enumType[0].openEnum());
            }
            return new SemconvAttribute(s[0], type, s[2], deprecation[0]);
        }

        private SemconvType enumeration() throws IOException {
            boolean[] open = new boolean[1];
            List<SemconvEnumMember> members = new ArrayList<>();
            object(field -> {
                switch (field) {
                    case "open" -> open[0] = p.getValueAsBoolean();
                    case "members" -> array(() -> members.add(member()));
                    default -> throw unexpected(field);
                }
            });
            return SemconvType.enumeration(SemconvType.Primitive.STRING, members, open[0]);
        }

        private SemconvEnumMember member() throws IOException {
            String[] s = new String[3]; // id, value, stability
            SemconvDeprecation[] deprecation = new SemconvDeprecation[1];
            object(field -> {
                switch (field) {
                    case "id" -> s[0] = text();
                    case "value" -> s[1] = p.getText();
                    case "stability" -> s[2] = text();
                    case "deprecated" -> deprecation[0] = deprecation();
                    default -> throw unexpected(field);
                }
            });
            return new SemconvEnumMember(s[0], s[1], s[2], deprecation[0]);
        }

        private SemconvDeprecation deprecation() throws IOException {
            SemconvDeprecation.Reason[] reason = new SemconvDeprecation.Reason[1];
            List<String> replacedBy = new ArrayList<>();
            object(field -> {
                switch (field) {
                    case "reason" -> reason[0] = SemconvDeprecation.Reason.parse(text());
                    case "replacedBy" -> array(() -> replacedBy.add(text()));
                    default -> throw unexpected(field);
                }
            });
            if (reason[0] == null) {
                throw error("expected a deprecation reason: renamed, obsoleted or uncategorized");
            }
            return new SemconvDeprecation(reason[0], replacedBy);
        }

        private SemconvMetric metric() throws IOException {
            String[] s = new String[4]; // name, instrument, unit, stability
            SemconvDeprecation[] deprecation = new SemconvDeprecation[1];
            Map<String, SemconvRequirementLevel> levels = new TreeMap<>();
            object(field -> {
                switch (field) {
                    case "name" -> s[0] = text();
                    case "instrument" -> s[1] = text();
                    case "unit" -> s[2] = text();
                    case "stability" -> s[3] = text();
                    case "deprecated" -> deprecation[0] = deprecation();
                    case "attributes" -> levels(levels);
                    default -> throw unexpected(field);
                }
            });
            SemconvInstrument instrument = s[1] == null ? null : SemconvInstrument.parse(s[1]);
            if (s[0] == null || instrument == null) {
                throw error("expected a metric with a \"name\" and a known \"instrument\"");
            }
            return new SemconvMetric(s[0], instrument, s[2], s[3], deprecation[0], levels);
        }

        private SemconvGroup group() throws IOException {
            String[] s = new String[2]; // id, type
            Map<String, SemconvRequirementLevel> levels = new TreeMap<>();
            object(field -> {
                switch (field) {
                    case "id" -> s[0] = text();
                    case "type" -> s[1] = text();
                    case "attributes" -> levels(levels);
                    default -> throw unexpected(field);
                }
            });
            return new SemconvGroup(s[0], s[1], levels);
        }

        private void levels(Map<String, SemconvRequirementLevel> into) throws IOException {
            object(attribute -> {
                SemconvRequirementLevel level = SemconvRequirementLevel.parse(text());
                if (level == null) {
                    throw error("expected a requirement level for " + attribute + ", got " + p.getText());
                }
                into.put(attribute, level);
            });
        }

        private interface FieldReader {
            void read(String field) throws IOException;
        }

        private interface ElementReader {
            void read() throws IOException;
        }

        /** Calls {@code fields} with the parser on each field's value. */
        private void object(FieldReader fields) throws IOException {
            expect(JsonToken.START_OBJECT, "an object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                fields.read(field);
            }
        }

        private void array(ElementReader elements) throws IOException {
            expect(JsonToken.START_ARRAY, "an array");
            while (p.nextToken() != JsonToken.END_ARRAY) {
                elements.read();
            }
        }

        private String text() throws IOException {
            expect(JsonToken.VALUE_STRING, "a string");
            return p.getText();
        }

        private void expect(JsonToken token, String what) {
            if (p.currentToken() != token) {
                throw error("expected " + what + ", got " + p.currentToken());
            }
        }

        private BadInputException unexpected(String field) {
            return error("unexpected field \"" + field + "\"");
        }

        private BadInputException error(String what) {
            return BadInputException.at(source, p.currentTokenLocation().getLineNr(),
                    p.currentTokenLocation().getColumnNr(), what);
        }
    }
}
