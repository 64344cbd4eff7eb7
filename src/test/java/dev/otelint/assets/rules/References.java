package dev.otelint.assets.rules;

import dev.otelint.assets.FieldReference;
import dev.otelint.assets.query.FieldRole;

/** Hand-built field references, as the extraction would produce them. */
final class References {

    static final String FILE = "assets/nginx.ndjson";
    static final String LOGS = "ss4o_logs-*";

    private References() {}

    static FieldReference agg(String field, String function) {
        return of(field, FieldRole.AGGREGATION, function, LOGS);
    }

    static FieldReference of(String field, FieldRole role, String function, String pattern) {
        return new FieldReference(FILE, 7, "visualization", "vis-1", "Requests by status",
                "visState.aggs[2].params.field", field, role, function, pattern, "json");
    }

    static FieldReference indexPatternField(String field, String declaredType) {
        return new FieldReference(FILE, 3, "index-pattern", "ip-1", LOGS, "fields[4].name", field,
                FieldRole.PROJECTION, declaredType, LOGS, "json");
    }

    static FieldReference timeField(String field) {
        return new FieldReference(FILE, 3, "index-pattern", "ip-1", LOGS, "timeFieldName", field,
                FieldRole.TIME, FieldTypeRules.TIME_FIELD_FUNCTION, LOGS, "json");
    }
}
