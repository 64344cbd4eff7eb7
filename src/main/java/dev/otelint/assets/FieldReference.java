package dev.otelint.assets;

import dev.otelint.assets.query.FieldRole;

/**
 * One place where an asset touches an index field: which object (type, id, title) in which file and
 * line, the JSON path inside the object (e.g. {@code visState.aggs[2].params.field}), the field as
 * written, how it is used (role, and the aggregation or function, e.g. "terms", "avg",
 * "date_histogram"), the index pattern it queries (null when it cannot be told), and the language it
 * was written in ("json" for plain JSON attributes, else "kql", "lucene", "ppl", "sql", "promql",
 * "logql", "vega", "timeline"). {@code offset} and {@code length} say where the name stands in the
 * string at jsonPath (in the member name, when the member name is the field), for rewriting it.
 */
public record FieldReference(String file, int line, String objectType, String objectId, String objectTitle,
                             String jsonPath, String field, FieldRole role, String function,
                             String indexPattern, String language, int offset, int length) {

    /** A reference whose field is the whole string at jsonPath. */
    public FieldReference(String file, int line, String objectType, String objectId, String objectTitle,
                          String jsonPath, String field, FieldRole role, String function,
                          String indexPattern, String language) {
        this(file, line, objectType, objectId, objectTitle, jsonPath, field, role, function, indexPattern, language,
                0, field == null ? 0 : field.length());
    }
}
