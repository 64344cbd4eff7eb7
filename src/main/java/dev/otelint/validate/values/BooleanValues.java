package dev.otelint.validate.values;

import dev.otelint.records.JsonValue;

/**
 * The boolean type (OpenSearch BooleanFieldMapper): JSON booleans, and the strings "true",
 * "false" and "" (read as false, Booleans.parseBoolean with an empty default). Anything else,
 * numbers included, is rejected; boolean fields have no ignore_malformed.
 */
public final class BooleanValues implements FieldType {

    public static final BooleanValues INSTANCE = new BooleanValues();

    private BooleanValues() {}

    @Override
    public String typeName() {
        return "boolean";
    }

    @Override
    public Outcome check(JsonValue value) {
        switch (value.kind()) {
            case NULL:
            case BOOLEAN:
                return Outcome.OK;
            case STRING: {
                String text = value.text();
                if (text.equals("true") || text.equals("false") || text.isEmpty()) {
                    return Outcome.COERCED;
                }
                return Outcome.MALFORMED;
            }
            case OBJECT:
                return Outcome.REJECTED;
            default:
                return Outcome.MALFORMED;
        }
    }

    @Override
    public String explain(JsonValue value, Outcome outcome) {
        if (outcome == Outcome.COERCED) {
            return value.text().isEmpty() ? "the empty string is indexed as false"
                    : "the string \"" + value.text() + "\" is coerced into a boolean";
        }
        if (value.isObject()) {
            return "an object cannot be indexed into the boolean field";
        }
        if (value.isString()) {
            return "\"" + value.text() + "\" is not a boolean: only true, false, \"true\", \"false\" are accepted";
        }
        return value.text() + " is not a boolean: only true, false, \"true\", \"false\" are accepted";
    }
}
