package dev.otelint.validate.values;

import dev.otelint.records.JsonValue;

/**
 * The constant_keyword type (OpenSearch ConstantKeywordFieldMapper): every value, null included,
 * must equal the mapping's value as text ("constant keyword field [f] must have a value of [v]").
 */
public final class ConstantKeywordValues implements FieldType {

    private final String constant;

    public ConstantKeywordValues(String constant) {
        this.constant = constant;
    }

    @Override
    public String typeName() {
        return "constant_keyword";
    }

    @Override
    public String expected() {
        return "constant_keyword \"" + constant + "\"";
    }

    @Override
    public Outcome check(JsonValue value) {
        if (value.isObject() || value.isNull()) {
            return Outcome.REJECTED;
        }
        return constant.equals(value.text()) ? Outcome.OK : Outcome.REJECTED;
    }

    @Override
    public String explain(JsonValue value, Outcome outcome) {
        if (value.isObject()) {
            return "an object cannot be indexed into the constant_keyword field";
        }
        return "a constant_keyword field only accepts its value \"" + constant + "\"";
    }
}
