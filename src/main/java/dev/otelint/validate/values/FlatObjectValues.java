package dev.otelint.validate.values;

import dev.otelint.records.JsonValue;

/**
 * The flat_object type (OpenSearch FlatObjectFieldMapper): the value must be a JSON object (or
 * null); its content is indexed as keywords whatever its keys and nesting, so nothing inside is
 * checked. A scalar is rejected ("unexpected token in flat_object field value").
 */
public final class FlatObjectValues implements FieldType {

    public static final FlatObjectValues INSTANCE = new FlatObjectValues();

    private FlatObjectValues() {}

    @Override
    public String typeName() {
        return "flat_object";
    }

    @Override
    public Outcome check(JsonValue value) {
        return value.isObject() || value.isNull() ? Outcome.OK : Outcome.REJECTED;
    }

    @Override
    public String explain(JsonValue value, Outcome outcome) {
        return "a flat_object field takes a JSON object, not a " + value.kind().name().toLowerCase(java.util.Locale.ROOT);
    }
}
