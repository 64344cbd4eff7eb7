package dev.otelint.validate.values;

/** What a field mapper does with one value. */
public enum Outcome {
    /** Indexed as given. */
    OK,
    /** Indexed after a lossy or type-changing conversion (numeric string, decimal into an integer). */
    COERCED,
    /** Kept in _source but not indexed because it is longer than ignore_above. */
    IGNORED_ABOVE,
    /** Not parsable for the type; ignore_malformed can keep the document. */
    MALFORMED,
    /** Parsable but outside the type's range; ignore_malformed can keep the document. */
    OUT_OF_RANGE,
    /** Not a date in the field's format; ignore_malformed can keep the document. */
    MALFORMED_DATE,
    /** Structurally wrong (e.g. an object into a leaf); the document is rejected even with ignore_malformed. */
    REJECTED;

    /** True when OpenSearch's ignore_malformed would drop the value instead of rejecting the document. */
    public boolean ignorable() {
        return this == MALFORMED || this == OUT_OF_RANGE || this == MALFORMED_DATE;
    }

    /** True when the value is indexed (possibly converted). */
    public boolean indexed() {
        return this == OK || this == COERCED;
    }
}
