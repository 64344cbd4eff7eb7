package dev.otelint.assets.grafana;

import com.fasterxml.jackson.databind.JsonNode;
import dev.otelint.assets.query.FieldRole;
import java.util.Optional;

/**
 * The fields of one panel target by datasource kind. OpenSearch and Elasticsearch targets: the query
 * (PPL when {@code queryType} is "PPL", else Lucene), {@code metrics[].field}, {@code bucketAggs[].field}
 * and {@code timeField}; their index is the PPL source, else unknown (it lives in the datasource
 * settings, not in the dashboard). Prometheus: metric and label names of {@code expr}. Loki: labels.
 */
final class GrafanaTargetFields {

    private GrafanaTargetFields() {}

    static void extract(GrafanaQueryFields fields, DatasourceKind kind, JsonNode target, String path) {
        switch (kind) {
            case OPENSEARCH -> openSearch(fields, target, path);
            case PROMETHEUS -> text(target, "expr").ifPresent(expr -> fields.query(path + ".expr", expr, "promql",
                    GrafanaQueryParsers::promQl));
            case LOKI -> text(target, "expr").ifPresent(expr -> fields.query(path + ".expr", expr, "logql",
                    GrafanaQueryParsers::logQl));
            default -> { }
        }
    }

    private static void openSearch(GrafanaQueryFields fields, JsonNode target, String path) {
        String index = null;
        String query = target.path("query").asText("");
        if (!query.isBlank()) {
            index = "PPL".equalsIgnoreCase(target.path("queryType").asText(""))
                    ? fields.query(path + ".query", query, "ppl", GrafanaQueryParsers::ppl)
                    : fields.query(path + ".query", query, "lucene", GrafanaQueryParsers::lucene);
        }
        JsonNode metrics = target.path("metrics");
        for (int i = 0; i < metrics.size(); i++) {
            String type = metrics.path(i).path("type").asText(null);
            fields.add(path + ".metrics[" + i + "].field", metrics.path(i).path("field").asText(null),
                    FieldRole.AGGREGATION, type, index, "json");
        }
        JsonNode buckets = target.path("bucketAggs");
        for (int i = 0; i < buckets.size(); i++) {
            String type = buckets.path(i).path("type").asText(null);
            fields.add(path + ".bucketAggs[" + i + "].field", buckets.path(i).path("field").asText(null),
                    "date_histogram".equals(type) ? FieldRole.TIME : FieldRole.GROUP_BY, type, index, "json");
        }
        fields.add(path + ".timeField", target.path("timeField").asText(null), FieldRole.TIME, null, index, "json");
    }

    private static Optional<String> text(JsonNode target, String name) {
        JsonNode value = target.path(name);
        return value.isTextual() && !value.textValue().isBlank()
                ? Optional.of(value.textValue()) : Optional.empty();
    }
}
