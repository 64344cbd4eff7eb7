package dev.otelint.assets.grafana;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * The query language family of a Grafana datasource. The datasource is an object with a plugin
 * {@code type} in current dashboards; older ones name it by a string (its display name), so the kind
 * is then guessed from the name and, failing that, from the target's shape.
 */
enum DatasourceKind {
    OPENSEARCH, PROMETHEUS, LOKI, OTHER;

    /** The kind of the target's own datasource, else the panel's. */
    static DatasourceKind of(JsonNode panelDatasource, JsonNode target) {
        JsonNode datasource = target.hasNonNull("datasource") ? target.get("datasource") : panelDatasource;
        DatasourceKind kind = fromName(datasource == null ? "" : datasource.isObject()
                ? datasource.path("type").asText("") : datasource.asText(""));
        return kind != OTHER ? kind : fromShape(target);
    }

    private static DatasourceKind fromName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("opensearch") || lower.contains("elasticsearch")) {
            return OPENSEARCH;
        }
        if (lower.contains("loki")) {
            return LOKI;
        }
        return lower.contains("prometheus") ? PROMETHEUS : OTHER;
    }

    /** An "expr" is PromQL (Prometheus' and Loki's editors both use it); bucketAggs are OpenSearch's. */
    private static DatasourceKind fromShape(JsonNode target) {
        if (target.has("bucketAggs") || target.has("timeField")) {
            return OPENSEARCH;
        }
        return target.path("expr").isTextual() ? PROMETHEUS : OTHER;
    }
}
