package dev.otelint.validate;

import dev.otelint.report.Rule;
import dev.otelint.report.Severity;
import java.util.List;

/** Rules that mirror OpenSearch's field mappers. */
public final class MappingRules {
    public static final Rule TYPE_MISMATCH = new Rule("mapping.type-mismatch", Severity.ERROR,
            "A value cannot be indexed into the field's mapped type; OpenSearch rejects the document.");
    public static final Rule STRICT_DYNAMIC = new Rule("mapping.strict-dynamic", Severity.ERROR,
            "A field is not in the mapping and its object is dynamic:strict; OpenSearch rejects the document.");
    public static final Rule OBJECT_CONFLICT = new Rule("mapping.object-conflict", Severity.ERROR,
            "A field is used both as an object and as a value, or a new field conflicts with one added earlier "
                    + "in the same document; OpenSearch rejects the document.");
    public static final Rule ALIAS_WRITE = new Rule("mapping.alias-write", Severity.ERROR,
            "A document writes to a field alias; OpenSearch rejects the document.");
    public static final Rule OUT_OF_RANGE = new Rule("mapping.out-of-range", Severity.ERROR,
            "A number or date is outside the range of the field's type; OpenSearch rejects the document.");
    public static final Rule MALFORMED_DATE = new Rule("mapping.malformed-date", Severity.ERROR,
            "A value does not match the date field's format; OpenSearch rejects the document.");
    public static final Rule LIMIT = new Rule("mapping.limit", Severity.ERROR,
            "The document exceeds an index mapping limit (total fields, depth, nested fields or nested objects); "
                    + "OpenSearch rejects it.");
    public static final Rule METADATA_FIELD = new Rule("mapping.metadata-field", Severity.ERROR,
            "A document contains a metadata field such as _id or _source; OpenSearch rejects it.");
    public static final Rule INVALID_FIELD_NAME = new Rule("mapping.invalid-field-name", Severity.ERROR,
            "A field name is empty or made of dots or blanks in a way OpenSearch cannot map; it rejects the document.");
    public static final Rule DUPLICATE_KEY = new Rule("mapping.duplicate-key", Severity.ERROR,
            "An object has the same key twice; OpenSearch's JSON parser rejects the document.");
    public static final Rule DATA_STREAM_TIMESTAMP = new Rule("mapping.data-stream-timestamp", Severity.ERROR,
            "The template creates a data stream and the document lacks a single-valued timestamp field; "
                    + "OpenSearch rejects it.");
    public static final Rule COERCED = new Rule("mapping.coerced", Severity.WARNING,
            "A value is converted to fit the field (a numeric string, a decimal into an integer field); "
                    + "the indexed value differs from the source.");
    public static final Rule IGNORE_ABOVE = new Rule("mapping.ignore-above", Severity.WARNING,
            "A value is longer than the field's ignore_above; it is kept in _source but not indexed.");
    public static final Rule UNMAPPED_FIELD = new Rule("mapping.unmapped-field", Severity.WARNING,
            "A field is neither in the mapping nor matched by a dynamic template; OpenSearch adds it with a "
                    + "guessed type (dynamic mapping).");
    public static final Rule DYNAMIC_DROPPED = new Rule("mapping.dynamic-dropped", Severity.WARNING,
            "A field is not in the mapping and its object is dynamic:false; it is kept in _source but not indexed.");
    public static final Rule IGNORED_MALFORMED = new Rule("mapping.ignored-malformed", Severity.WARNING,
            "A malformed value is dropped because the field has ignore_malformed; the document is indexed without it.");

    public static final List<Rule> ALL = List.of(TYPE_MISMATCH, STRICT_DYNAMIC, OBJECT_CONFLICT, ALIAS_WRITE,
            OUT_OF_RANGE, MALFORMED_DATE, LIMIT, METADATA_FIELD, INVALID_FIELD_NAME, DUPLICATE_KEY,
            DATA_STREAM_TIMESTAMP, COERCED, IGNORE_ABOVE, UNMAPPED_FIELD, DYNAMIC_DROPPED, IGNORED_MALFORMED);

    private MappingRules() {}
}
