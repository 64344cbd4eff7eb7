package dev.otelint.assets.rules;

/**
 * What a field name as written in an asset stands for in a mapping.
 *
 * @param status how it was found
 * @param type   the OpenSearch type name ("keyword", "date", "object", ...; an alias gives its target's type),
 *               or null when not MAPPED or DYNAMIC
 * @param parent for SUBFIELD_MISSING the concrete field the name extends, for UNPARSED the disabled object
 * @param keywordSubField the path of a keyword multi-field of a mapped text field (terms can use it), else null
 */
public record ResolvedField(Status status, String type, String parent, String keywordSubField) {

    public enum Status {
        /** mapped explicitly (a field, multi-field, alias, object or metadata field) */
        MAPPED,
        /** not mapped, but a dynamic template maps it when a document brings it */
        DYNAMIC,
        /** a wildcard name matching at least one mapped field */
        WILDCARD,
        /** below an object with enabled:false: kept in _source, never indexed */
        UNPARSED,
        /** a concrete field's sub-field (multi-field) that the field does not define */
        SUBFIELD_MISSING,
        /** not in the mapping, and no dynamic template maps it */
        MISSING
    }

    static ResolvedField of(Status status, String type) {
        return new ResolvedField(status, type, null, null);
    }

    /** The type to show in listings: the type, or the status for names without one. */
    public String label() {
        return type != null ? type : status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
