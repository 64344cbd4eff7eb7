package dev.otelint.assets.rules;

import dev.otelint.report.Rule;
import dev.otelint.report.Severity;
import java.util.List;

/** Rules that judge the fields a dashboard touches against the index schema and the conventions. */
public final class AssetFieldRules {
    public static final Rule FIELD_MISSING = new Rule("asset.field-missing", Severity.ERROR,
            "An asset uses a field that is not in the schema of the index pattern it queries and that no dynamic "
                    + "template maps; the panel shows nothing.");
    public static final Rule SUBFIELD_MISSING = new Rule("asset.subfield-missing", Severity.ERROR,
            "An asset uses a multi-field such as name.keyword that the field's mapping does not define.");
    public static final Rule AGGREGATION_TYPE = new Rule("asset.aggregation-type", Severity.ERROR,
            "An aggregation or sort is applied to a field whose type cannot serve it (terms on text, avg on "
                    + "keyword, date_histogram on a number, a geo aggregation on a non-geo_point field).");
    public static final Rule UNINDEXED_FIELD = new Rule("asset.unindexed-field", Severity.WARNING,
            "A filter or exists query uses a field that is not indexed (index:false, or below an object with "
                    + "enabled:false); it fails or never matches.");
    public static final Rule DEPRECATED_FIELD = new Rule("asset.deprecated-field", Severity.WARNING,
            "An asset uses a deprecated OpenTelemetry semantic convention name; the fix names its replacement.");
    public static final Rule INDEX_PATTERN_TYPE = new Rule("asset.index-pattern-type", Severity.WARNING,
            "An index-pattern's saved fields list gives a field a type that disagrees with the schema; Dashboards "
                    + "offers the wrong aggregations until the field list is refreshed.");
    public static final Rule TIME_FIELD = new Rule("asset.time-field", Severity.ERROR,
            "The time field of an index pattern or panel is missing from the schema or is not a date.");
    public static final Rule UNCHECKED_PATTERN = new Rule("asset.unchecked-pattern", Severity.WARNING,
            "An asset queries an index pattern that matches no known schema, so its fields are unchecked.");
    public static final Rule UNKNOWN_METRIC = new Rule("asset.unknown-metric", Severity.WARNING,
            "A PromQL query names a metric inside an OpenTelemetry metric namespace (http_server_..., jvm_...) that "
                    + "no semantic convention metric is exported to Prometheus as; the fix names the closest ones.");

    public static final List<Rule> ALL = List.of(FIELD_MISSING, SUBFIELD_MISSING, AGGREGATION_TYPE, UNINDEXED_FIELD,
            DEPRECATED_FIELD, INDEX_PATTERN_TYPE, TIME_FIELD, UNCHECKED_PATTERN, UNKNOWN_METRIC);

    private AssetFieldRules() {}
}
