package dev.otelint.assets.savedobjects;

import com.fasterxml.jackson.databind.JsonNode;
import dev.otelint.assets.query.FieldRole;
import java.util.Set;

/**
 * TSVB ({@code visState.type = "metrics"}): the panel's index_pattern, time_field, filter and (tables)
 * pivot_id; per series its override index, metrics, terms split and filters; annotations.
 */
final class TsvbFields {
    /**
     * TSVB metric types whose {@code field} holds another metric's id (pipeline and sibling aggs) or
     * is not used (math, calculation use variables; count): none of them names an index field.
     */
    private static final Set<String> METRIC_ID_TYPES = Set.of("derivative", "cumulative_sum", "positive_only",
            "math", "calculation", "moving_average", "serial_diff", "series_agg", "avg_bucket", "max_bucket",
            "min_bucket", "sum_bucket", "std_deviation_bucket", "variance_bucket", "sum_of_squares_bucket",
            // count counts documents: TSVB ignores a field left over from an earlier metric type.
            "count");

    private TsvbFields() {}

    static void extract(ObjectFields fields, JsonNode params, String path) {
        String defaultIndex = textOrNull(params.path("default_index_pattern"));
        String index = indexPattern(params.path("index_pattern"), defaultIndex);
        if (textOrNull(params.path("time_field")) == null && textOrNull(params.path("index_pattern")) == null
                && defaultIndex != null) {
            // Both blank: TSVB queries the default index pattern on its time field, cached in default_timefield.
            time(fields, params.path("default_timefield"), path + ".default_timefield", index);
        } else {
            time(fields, params.path("time_field"), path + ".time_field", index);
        }
        fields.savedQuery(params.get("filter"), path + ".filter", index);
        // A table panel groups its rows by pivot_id; other panel types keep it unused after a type change.
        if ("table".equals(params.path("type").asText()) && textOrNull(params.path("pivot_id")) != null) {
            fields.add(path + ".pivot_id", params.get("pivot_id").textValue(), FieldRole.GROUP_BY, "terms", index,
                    "json");
        }
        JsonNode series = params.path("series");
        for (int i = 0; i < series.size(); i++) {
            series(fields, series.path(i), path + ".series[" + i + "]", index, defaultIndex);
        }
        // Color rules (background_color_rules, gauge_color_rules, bar_color_rules) compare values: no fields.
        JsonNode annotations = params.path("annotations");
        for (int i = 0; i < annotations.size(); i++) {
            annotation(fields, annotations.path(i), path + ".annotations[" + i + "]", defaultIndex);
        }
    }

    /**
     * An annotation queries its own index pattern: its time field, its query_string, and the comma-separated
     * {@code fields} its tooltip template shows.
     */
    private static void annotation(ObjectFields fields, JsonNode annotation, String path, String defaultIndex) {
        String index = indexPattern(annotation.path("index_pattern"), defaultIndex);
        time(fields, annotation.path("time_field"), path + ".time_field", index);
        fields.savedQuery(annotation.get("query_string"), path + ".query_string", index);
        if (annotation.path("fields").isTextual()) {
            for (String field : annotation.get("fields").textValue().split(",")) {
                fields.add(path + ".fields", field.strip(), FieldRole.PROJECTION, null, index, "json");
            }
        }
    }

    /** An empty index_pattern means the Dashboards default, which TSVB caches in default_index_pattern. */
    private static String indexPattern(JsonNode own, String defaultIndex) {
        String index = textOrNull(own);
        return index != null ? index : defaultIndex;
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() && !node.textValue().isBlank() ? node.textValue() : null;
    }

    private static void series(ObjectFields fields, JsonNode series, String path, String panelIndex,
                               String defaultIndex) {
        boolean override = series.path("override_index_pattern").asBoolean(false)
                || series.path("override_index_pattern").asInt(0) == 1;
        String index = override ? indexPattern(series.path("series_index_pattern"), defaultIndex)
                : panelIndex;
        if (override) {
            time(fields, series.path("series_time_field"), path + ".series_time_field", index);
        }
        JsonNode metrics = series.path("metrics");
        for (int m = 0; m < metrics.size(); m++) {
            JsonNode metric = metrics.path(m);
            String type = metric.path("type").isTextual() ? metric.get("type").textValue() : null;
            metric(fields, metric, type, path + ".metrics[" + m + "]", index);
        }
        if ("terms".equals(series.path("split_mode").asText("terms")) && series.path("terms_field").isTextual()) {
            fields.add(path + ".terms_field", series.get("terms_field").textValue(), FieldRole.GROUP_BY, "terms",
                    index, "json");
        }
        fields.savedQuery(series.get("filter"), path + ".filter", index);
        fields.savedQuery(series.get("split_filter"), path + ".split_filter", index);
        JsonNode splitFilters = series.path("split_filters");
        for (int i = 0; i < splitFilters.size(); i++) {
            fields.savedQuery(splitFilters.path(i).get("filter"), path + ".split_filters[" + i + "].filter", index);
        }
    }

    private static void metric(ObjectFields fields, JsonNode metric, String type, String path, String index) {
        if (metric.path("field").isTextual() && (type == null || !METRIC_ID_TYPES.contains(type))) {
            fields.add(path + ".field", metric.get("field").textValue(), FieldRole.AGGREGATION, type, index, "json");
        }
        // top_hit sorts its hits by a field.
        if ("top_hit".equals(type) && metric.path("order_by").isTextual()) {
            fields.add(path + ".order_by", metric.get("order_by").textValue(), FieldRole.SORT, type, index, "json");
        }
        // filter_ratio counts documents matching numerator / denominator queries ({query, language}).
        fields.savedQuery(metric.get("numerator"), path + ".numerator", index);
        fields.savedQuery(metric.get("denominator"), path + ".denominator", index);
    }

    private static void time(ObjectFields fields, JsonNode field, String path, String index) {
        if (field.isTextual()) {
            fields.add(path, field.textValue(), FieldRole.TIME, null, index, "json");
        }
    }
}
