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
    /**
     * Structurally wrong (e.g. an object into a number): the field's own ignore_malformed does not
     * apply, only the index-wide index.mapping.ignore_malformed does.
     */
    REJECTED,
    /** Outside the type's range where the field's ignore_malformed does not apply (unsigned_long numbers). */
    RANGE_REJECTED,
    /** A single term longer than Lucene allows: the document fails when indexed, nothing can ignore it. */
    TERM_TOO_LONG;

    /** True when the field's ignore_malformed drops the value instead of rejecting the document. */
    public boolean ignorable() {
        return this == MALFORMED || this == OUT_OF_RANGE || this == MALFORMED_DATE;
    }

    /**
     * True when index.mapping.ignore_malformed drops the value: in OpenSearch 2.x FieldMapper.parse
     * swallows any parsing failure of any field type when that index setting is on.
     */
    public boolean ignorableByIndexSetting() {
        return !indexed() && this != IGNORED_ABOVE && this != TERM_TOO_LONG;
    }

    /** True when the value is indexed (possibly converted). */
    public boolean indexed() {
        return this == OK || this == COERCED;
    }
}
