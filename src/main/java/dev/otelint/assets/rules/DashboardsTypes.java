package dev.otelint.assets.rules;

/**
 * The field type OpenSearch Dashboards stores in an index-pattern's {@code fields} list for a mapped
 * OpenSearch type (the OSD_FIELD_TYPES of its data plugin: text and keyword are "string", every
 * numeric type "number", date and date_nanos "date").
 */
final class DashboardsTypes {

    private DashboardsTypes() {}

    /** The Dashboards type of an OpenSearch mapping type, or null when Dashboards has no fixed name for it. */
    static String of(String mappingType) {
        switch (mappingType) {
            case "text": case "keyword": case "constant_keyword": case "wildcard": case "match_only_text":
                return "string";
            case "long": case "integer": case "short": case "byte": case "double": case "float": case "half_float":
            case "scaled_float": case "unsigned_long": case "token_count":
                return "number";
            case "date": case "date_nanos":
                return "date";
            case "boolean": case "ip": case "geo_point": case "geo_shape": case "nested": case "object":
                return mappingType;
            default:
                return null;
        }
    }
}
