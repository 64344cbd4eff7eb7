package dev.otelint.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads registry.json into records with Jackson's streaming parser, without databind or lambdas: it is
 * read at every validate run, mostly before the JIT warms up, so the plain loops matter.
 */
final class SemconvRegistryReader {

    private final JsonParser p;
    private final String source;
    private String field;

    SemconvRegistryReader(JsonParser parser, String source) {
        this.p = parser;
        this.source = source;
    }

    SemconvRegistry registry() throws IOException {
        p.nextToken();
        expect(JsonToken.START_OBJECT, "an object");
        String version = null;
        String schemaUrl = null;
        List<SemconvAttribute> attributes = new ArrayList<>();
        List<SemconvMetric> metrics = new ArrayList<>();
        List<SemconvGroup> groups = new ArrayList<>();
        while (nextField()) {
            switch (field) {
                case "formatVersion" -> checkFormatVersion();
                case "semconvVersion" -> version = text();
                case "schemaUrl" -> schemaUrl = text();
                case "attributes" -> {
                    startArray();
                    while (nextElement()) {
                        attributes.add(attribute());
                    }
                }
                case "metrics" -> {
                    startArray();
                    while (nextElement()) {
                        metrics.add(metric());
                    }
                }
                case "groups" -> {
                    startArray();
                    while (nextElement()) {
                        groups.add(group());
                    }
                }
                default -> throw unexpectedField();
            }
        }
        if (version == null) {
            throw error("expected a \"semconvVersion\" field");
        }
        return new SemconvRegistry(version, schemaUrl, attributes, metrics, groups);
    }

    private void checkFormatVersion() throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != SemconvRegistryFile.FORMAT_VERSION) {
            throw error("expected formatVersion " + SemconvRegistryFile.FORMAT_VERSION + ", got " + p.getText()
                    + " (written by another otelint version?)");
        }
    }

    private SemconvAttribute attribute() throws IOException {
        expect(JsonToken.START_OBJECT, "an attribute object");
        int line = p.currentTokenLocation().getLineNr();
        String id = null;
        SemconvType type = null;
        String stability = null;
        SemconvType enumeration = null;
        SemconvDeprecation deprecation = null;
        while (nextField()) {
            switch (field) {
                case "id" -> id = text();
                case "type" -> type = SemconvType.parse(text());
                case "stability" -> stability = text();
                case "enum" -> enumeration = enumeration();
                case "deprecated" -> deprecation = deprecation();
                default -> throw unexpectedField();
            }
        }
        if (id == null || type == null) {
            throw BadInputException.at(source, line, 0, "expected an attribute with an \"id\" and a known \"type\"");
        }
        if (enumeration != null) {
            type = SemconvType.enumeration(type.primitive(), enumeration.members(), enumeration.openEnum());
        }
        return new SemconvAttribute(id, type, stability, deprecation);
    }

    /** The members and openness of an enum; its primitive is the attribute's "type". */
    private SemconvType enumeration() throws IOException {
        expect(JsonToken.START_OBJECT, "an enum object");
        boolean open = false;
        List<SemconvEnumMember> members = new ArrayList<>();
        while (nextField()) {
            switch (field) {
                case "open" -> open = p.getValueAsBoolean();
                case "members" -> {
                    startArray();
                    while (nextElement()) {
                        members.add(member());
                    }
                }
                default -> throw unexpectedField();
            }
        }
        return SemconvType.enumeration(SemconvType.Primitive.STRING, members, open);
    }

    private SemconvEnumMember member() throws IOException {
        expect(JsonToken.START_OBJECT, "an enum member object");
        String id = null;
        String value = null;
        String stability = null;
        SemconvDeprecation deprecation = null;
        while (nextField()) {
            switch (field) {
                case "id" -> id = text();
                case "value" -> value = p.getText();
                case "stability" -> stability = text();
                case "deprecated" -> deprecation = deprecation();
                default -> throw unexpectedField();
            }
        }
        return new SemconvEnumMember(id, value, stability, deprecation);
    }

    private SemconvDeprecation deprecation() throws IOException {
        expect(JsonToken.START_OBJECT, "a deprecation object");
        SemconvDeprecation.Reason reason = null;
        List<String> replacedBy = new ArrayList<>();
        while (nextField()) {
            switch (field) {
                case "reason" -> reason = SemconvDeprecation.Reason.parse(text());
                case "replacedBy" -> {
                    startArray();
                    while (nextElement()) {
                        replacedBy.add(text());
                    }
                }
                default -> throw unexpectedField();
            }
        }
        if (reason == null) {
            throw error("expected a deprecation reason: renamed, obsoleted or uncategorized");
        }
        return new SemconvDeprecation(reason, replacedBy);
    }

    private SemconvMetric metric() throws IOException {
        expect(JsonToken.START_OBJECT, "a metric object");
        String name = null;
        SemconvInstrument instrument = null;
        String unit = null;
        String stability = null;
        SemconvDeprecation deprecation = null;
        Map<String, SemconvRequirementLevel> levels = Map.of();
        while (nextField()) {
            switch (field) {
                case "name" -> name = text();
                case "instrument" -> instrument = SemconvInstrument.parse(text());
                case "unit" -> unit = text();
                case "stability" -> stability = text();
                case "deprecated" -> deprecation = deprecation();
                case "attributes" -> levels = levels();
                default -> throw unexpectedField();
            }
        }
        if (name == null || instrument == null) {
            throw error("expected a metric with a \"name\" and a known \"instrument\"");
        }
        return new SemconvMetric(name, instrument, unit, stability, deprecation, levels);
    }

    private SemconvGroup group() throws IOException {
        expect(JsonToken.START_OBJECT, "a group object");
        String id = null;
        String type = null;
        Map<String, SemconvRequirementLevel> levels = Map.of();
        while (nextField()) {
            switch (field) {
                case "id" -> id = text();
                case "type" -> type = text();
                case "attributes" -> levels = levels();
                default -> throw unexpectedField();
            }
        }
        return new SemconvGroup(id, type, levels);
    }

    private Map<String, SemconvRequirementLevel> levels() throws IOException {
        expect(JsonToken.START_OBJECT, "an object of requirement levels");
        Map<String, SemconvRequirementLevel> levels = new TreeMap<>();
        while (nextField()) {
            SemconvRequirementLevel level = SemconvRequirementLevel.parse(text());
            if (level == null) {
                throw error("expected a requirement level for " + field + ", got " + p.getText());
            }
            levels.put(field, level);
        }
        return levels;
    }

    /** Moves to the next field of the current object, leaving the parser on its value; false at the end. */
    private boolean nextField() throws IOException {
        if (p.nextToken() != JsonToken.FIELD_NAME) {
            return false;
        }
        field = p.currentName();
        p.nextToken();
        return true;
    }

    /** Checks the parser is on an array; {@link #nextElement()} then walks it. */
    private void startArray() {
        expect(JsonToken.START_ARRAY, "an array");
    }

    /** Moves to the next element of the array being walked; false at its end. */
    private boolean nextElement() throws IOException {
        return p.nextToken() != JsonToken.END_ARRAY;
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

    private BadInputException unexpectedField() {
        return error("unexpected field \"" + field + "\"");
    }

    private BadInputException error(String what) {
        return BadInputException.at(source, p.currentTokenLocation().getLineNr(),
                p.currentTokenLocation().getColumnNr(), what);
    }
}
