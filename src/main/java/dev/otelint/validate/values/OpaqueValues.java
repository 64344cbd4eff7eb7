package dev.otelint.validate.values;

import dev.otelint.records.JsonValue;

/**
 * Types whose value rules otelint does not model (geo_shape, completion, knn_vector, ranges, ...):
 * every value is accepted, so a document can only be flagged for what surrounds such a field.
 */
public final class OpaqueValues implements FieldType {

    private final String typeName;
    private final boolean parsesArrays;

    public OpaqueValues(String typeName, boolean parsesArrays) {
        this.typeName = typeName;
        this.parsesArrays = parsesArrays;
    }

    @Override
    public String typeName() {
        return typeName;
    }

    @Override
    public Outcome check(JsonValue value) {
        return Outcome.OK;
    }

    @Override
    public String explain(JsonValue value, Outcome outcome) {
        return "";
    }

    @Override
    public boolean parsesArrays() {
        return parsesArrays;
    }
}
