package dev.otelint.validate.values;

import dev.otelint.records.JsonValue;

/**
 * The value rules of one mapped field type with its parameters, e.g. an integer field with
 * coerce:false. Implementations are immutable and thread-safe; {@link #check} is the hot path and
 * must not allocate on valid values.
 */
public interface FieldType {

    /** The mapping type name, e.g. "integer". */
    String typeName();

    /** What the field expects, for findings, e.g. "integer" or "date (strict_date_optional_time||epoch_millis)". */
    default String expected() {
        return typeName();
    }

    /**
     * Judges one value: a scalar, null or an object (never an array unless {@link #parsesArrays()}).
     * Null means the JSON literal null; types with a null_value accept it.
     */
    Outcome check(JsonValue value);

    /**
     * The outcome for a JSON string of {@code length} chars when the type tells it from the length alone,
     * without the text (string-like types, for most values); null when it needs the text.
     */
    default Outcome checkStringLength(int length) {
        return null;
    }

    /**
     * The longest JSON string, in chars, that {@link #checkStringLength} finds OK (then so is every shorter
     * one); -1 when it finds none OK.
     */
    default int longestStringTaken() {
        return -1;
    }

    /** Why {@code value} got {@code outcome}, in plain words (only called when a finding is made). */
    String explain(JsonValue value, Outcome outcome);

    /** True for types whose mapper consumes a whole JSON array itself (OpenSearch parsesArrayValue, e.g. geo_point). */
    default boolean parsesArrays() {
        return false;
    }
}
