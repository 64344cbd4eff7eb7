package dev.otelint.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import dev.otelint.records.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** A schema violation in plain words, with what was expected and what was found. */
record ConfigSchemaMessage(String message, String expected, String actual) {

    static ConfigSchemaMessage of(ValidationMessage violation, JsonValue node, List<String> allowedMembers) {
        String member = violation.getProperty();
        return switch (violation.getType()) {
            case "required" -> new ConfigSchemaMessage(where(violation) + "misses the required member \"" + member + "\"",
                    "\"" + member + "\"", null);
            case "additionalProperties" -> new ConfigSchemaMessage("unknown member \"" + member + "\" in "
                    + place(violation) + "; Dashboards rejects members the format does not define",
                    "one of " + String.join(", ", allowedMembers), "\"" + member + "\"");
            case "type" -> {
                String expected = typeName(violation.getSchemaNode());
                yield new ConfigSchemaMessage(place(violation) + " must be " + expected + ", found " + kindName(node),
                        expected, node.toJsonPrefix(80));
            }
            case "enum" -> {
                String expected = "one of " + String.join(", ", enumValues(violation.getSchemaNode()));
                yield new ConfigSchemaMessage(place(violation) + " must be " + expected + ", found " + node.toJsonPrefix(80),
                        expected, node.toJsonPrefix(80));
            }
            default -> new ConfigSchemaMessage(violation.getMessage(), null, node.toJsonPrefix(80));
        };
    }

    private static String where(ValidationMessage violation) {
        return violation.getInstanceLocation().getNameCount() == 0 ? "the config " : place(violation) + " ";
    }

    /** "the config", or "assets[0]" / "statics.logo" as a person would name the place. */
    private static String place(ValidationMessage violation) {
        var path = violation.getInstanceLocation();
        if (path.getNameCount() == 0) {
            return "the config";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                sb.append('[').append(index).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(element);
            }
        }
        return sb.toString();
    }

    private static String typeName(JsonNode schemaNode) {
        JsonNode type = schemaNode != null && schemaNode.isObject() ? schemaNode.get("type") : schemaNode;
        String name = type == null ? "" : type.asText();
        return switch (name) {
            case "object" -> "an object";
            case "array" -> "an array";
            case "integer" -> "an integer";
            case "" -> "of another type";
            default -> "a " + name;
        };
    }

    private static String kindName(JsonValue node) {
        return switch (node.kind()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case INTEGER, DECIMAL -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
        };
    }

    private static List<String> enumValues(JsonNode schemaNode) {
        JsonNode values = schemaNode != null && schemaNode.isObject() ? schemaNode.get("enum") : schemaNode;
        List<String> texts = new ArrayList<>();
        if (values != null) {
            values.forEach(v -> texts.add(v.asText()));
        }
        return texts;
    }
}
