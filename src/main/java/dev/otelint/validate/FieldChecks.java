package dev.otelint.validate;

import dev.otelint.records.JsonValue;
import dev.otelint.report.Rule;
import dev.otelint.validate.mapping.AliasMapping;
import dev.otelint.validate.mapping.FieldMapping;
import dev.otelint.validate.mapping.IndexMapping;
import dev.otelint.validate.mapping.Mapper;
import dev.otelint.validate.mapping.ObjectMapping;
import dev.otelint.validate.values.Outcome;
import java.util.List;

/**
 * Applies a concrete field's rules to a value (FieldMapper.parse): the field itself, then its
 * multi-fields, then the fields it copies to. Also counts the data stream timestamp values.
 */
final class FieldChecks {

    private final IndexMapping mapping;
    private final Reporter reporter;
    private final DocumentWalk walk;
    private final String timestampField;
    private final boolean indexIgnoresMalformed;
    private int timestampValues;
    private JsonValue lastTimestamp;

    FieldChecks(IndexMapping mapping, Reporter reporter, DocumentWalk walk) {
        this.mapping = mapping;
        this.reporter = reporter;
        this.walk = walk;
        this.timestampField = mapping.dataStreamTimestampField();
        this.indexIgnoresMalformed = mapping.settings().ignoreMalformed();
    }

    /**
     * Checks {@code value} against {@code field}; returns false when the document is rejected.
     *
     * @param copy whether copy_to applies (not for values that are themselves copies)
     */
    boolean parseField(FieldMapping field, JsonValue value, boolean copy) {
        Outcome outcome = field.type().check(value);
        if (!report(field, value, outcome)) {
            return false;
        }
        if (!value.isScalar()) {
            // the JSON parser refuses duplicate keys even inside values the field keeps whole
            DuplicateKeys.check(value, reporter, field.path());
        }
        if (timestampField != null && outcome.indexed() && !value.isNull() && field.path().equals(timestampField)) {
            timestampValues++;
            lastTimestamp = value;
        }
        // indexed loops: this runs for every value, and most fields have neither list
        List<FieldMapping> multiFields = field.multiFields();
        for (int i = 0; i < multiFields.size(); i++) {
            if (!parseField(multiFields.get(i), value, false)) {
                return false;
            }
        }
        if (copy) {
            List<String> copyTo = field.copyTo();
            for (int i = 0; i < copyTo.size(); i++) {
                copyTo(field, copyTo.get(i), value);
            }
        }
        return true;
    }

    /** Reports what the outcome means for this field; false when the document is rejected. */
    private boolean report(FieldMapping field, JsonValue value, Outcome outcome) {
        switch (outcome) {
            case OK:
                return true;
            case COERCED:
                reporter.report(MappingRules.COERCED, value, field.path(), field.type().explain(value, outcome),
                        field.type().expected());
                return true;
            case IGNORED_ABOVE:
                if (!field.dynamicDefault()) {
                    reporter.report(MappingRules.IGNORE_ABOVE, value, field.path(), field.type().explain(value, outcome),
                            field.type().expected());
                }
                return true;
            default:
                if (outcome.ignorable() && field.ignoreMalformed() && !desyncsParser(field, value)) {
                    reporter.report(MappingRules.IGNORED_MALFORMED, value, field.path(), field.type().explain(value,
                            outcome) + "; ignore_malformed drops the value", field.type().expected());
                    return true;
                }
                if (indexIgnoresMalformed && outcome.ignorableByIndexSetting()) {
                    reporter.report(MappingRules.IGNORED_MALFORMED, value, field.path(), field.type().explain(value,
                            outcome) + "; index.mapping.ignore_malformed drops the value", field.type().expected());
                    return true;
                }
                reporter.report(ruleFor(outcome), value, field.path(), field.type().explain(value, outcome),
                        field.type().expected());
                return false;
        }
    }

    /**
     * ScaledFloatFieldMapper ignores a malformed object without reading past it, so DocumentParser
     * goes on inside the object as if it were the enclosing one and ends with "Malformed content,
     * found extra data": the document fails. As an array element the object's tokens are read as
     * further values of the field instead, which ignore_malformed absorbs.
     */
    private boolean desyncsParser(FieldMapping field, JsonValue value) {
        return value.isObject() && field.typeName().equals("scaled_float") && !walk.inArrayElement();
    }

    private static Rule ruleFor(Outcome outcome) {
        switch (outcome) {
            case OUT_OF_RANGE:
            case RANGE_REJECTED:
                return MappingRules.OUT_OF_RANGE;
            case MALFORMED_DATE:
                return MappingRules.MALFORMED_DATE;
            default:
                return MappingRules.TYPE_MISMATCH;
        }
    }

    // DocumentParser.parseCopy: the target is looked up by full path, or created from the root
    private void copyTo(FieldMapping source, String target, JsonValue value) {
        Mapper mapper = mapping.fieldByPath(target);
        if (mapper == null) {
            mapper = mapping.objectByPath(target);
        }
        if (mapper instanceof FieldMapping) {
            parseField((FieldMapping) mapper, value, false);
        } else if (mapper instanceof AliasMapping) {
            reporter.report(MappingRules.ALIAS_WRITE, value, source.path(), "[" + source.path() + "] copies to field "
                    + "alias [" + target + "]; copy_to cannot target an alias", "a concrete copy_to target");
        } else if (mapper instanceof ObjectMapping) {
            reporter.report(MappingRules.TYPE_MISMATCH, value, source.path(), "[" + source.path() + "] copies to ["
                    + target + "], which is an object", "a concrete copy_to target");
        } else {
            copyToNewField(source, target, value);
        }
    }

    private void copyToNewField(FieldMapping source, String target, JsonValue value) {
        if (!value.isScalar()) {
            return; // only fields that take whole objects (geo_point, flat_object) get here; not modelled
        }
        if (value.isNull()) {
            // a null copied to an unmapped field fails upstream: no dynamic type for VALUE_NULL
            reporter.report(MappingRules.TYPE_MISMATCH, value, source.path(), "null copied by [" + source.path()
                    + "] to unmapped field [" + target + "]: OpenSearch cannot create a field from null",
                    "a mapped copy_to target");
            return;
        }
        String[] parts = FieldNames.split(target);
        if (parts != FieldNames.INVALID) {
            walk.parseCopyToNewField(target, parts, value);
        }
    }

    /** Checks what only the whole document can tell: the data stream timestamp. */
    void finish() {
        if (timestampField != null && timestampValues != 1) {
            reporter.report(MappingRules.DATA_STREAM_TIMESTAMP, timestampValues == 0 ? null : lastTimestamp,
                    timestampField, "documents of this data stream must contain a single-valued timestamp field ["
                            + timestampField + "] of date type; found " + timestampValues + " values",
                    "exactly one " + timestampField);
        }
    }
}
