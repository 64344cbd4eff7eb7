package dev.otelint.validate;

import dev.otelint.catalog.SemconvType;
import dev.otelint.records.JsonValue;
import dev.otelint.validate.values.NumberText;

/** Whether a JSON value has a semantic-conventions type, and how to name the type a value has. */
final class SemconvValueTypes {

    private SemconvValueTypes() {}

    /**
     * True when the value fits the type (for a template: the type of each key's value). An integer fits a
     * double; a single value does not fit an array type. Stringified values fit when they render the type.
     */
    static boolean fits(SemconvType type, JsonValue value, boolean stringified) {
        if (type.primitive() == SemconvType.Primitive.ANY) {
            return true;
        }
        if (stringified && value.isString()) {
            return rendersType(type, value.text());
        }
        if (!type.array()) {
            return fitsPrimitive(type.primitive(), value);
        }
        if (!value.isArray()) {
            return false;
        }
        for (JsonValue element : value.elements()) {
            if (!element.isNull() && !fitsPrimitive(type.primitive(), element)) {
                return false;
            }
        }
        return true;
    }

    private static boolean fitsPrimitive(SemconvType.Primitive primitive, JsonValue value) {
        return switch (primitive) {
            case STRING -> value.kind() == JsonValue.Kind.STRING;
            case INT -> value.kind() == JsonValue.Kind.INTEGER;
            case DOUBLE -> value.isNumber();
            case BOOLEAN -> value.kind() == JsonValue.Kind.BOOLEAN;
            case ANY -> true;
        };
    }

    /** Whether a string is what the exporter's AsString() gives for a value of the type. */
    private static boolean rendersType(SemconvType type, String text) {
        if (type.array()) {
            return text.startsWith("[");
        }
        return switch (type.primitive()) {
            case STRING, ANY -> true;
            case INT -> NumberText.isLong(text);
            case DOUBLE -> NumberText.isDouble(text);
            case BOOLEAN -> text.equals("true") || text.equals("false");
        };
    }

    /** The semantic-conventions name of the type a value has: "string", "int", "double[]", "object". */
    static String nameOf(JsonValue value) {
        if (!value.isArray()) {
            return scalarName(value);
        }
        String element = null;
        for (JsonValue e : value.elements()) {
            String name = scalarName(e);
            if (element != null && !element.equals(name)) {
                return "array of mixed types";
            }
            element = name;
        }
        return element == null ? "empty array" : element + "[]";
    }

    private static String scalarName(JsonValue value) {
        return switch (value.kind()) {
            case STRING -> "string";
            case INTEGER -> "int";
            case DECIMAL -> "double";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            case OBJECT -> "object";
            case ARRAY -> "array";
        };
    }
}
