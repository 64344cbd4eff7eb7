package dev.otelint.assets.grafana;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.otelint.assets.query.FieldRole;
import dev.otelint.assets.query.QuerySyntaxException;

/**
 * The query of a {@code type: query} template variable. Prometheus and Loki: the variable functions
 * ({@link VariableQueryFunctions}). OpenSearch: a JSON terms lookup ({@code {"find": "terms",
 * "field": f, "query": lucene}}) or a PPL query. The query is a string, or an object holding it in
 * {@code query} (the newer Prometheus editor).
 */
final class GrafanaVariableFields {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GrafanaVariableFields() {}

    static void extract(GrafanaQueryFields fields, JsonNode variable, String path) {
        if (!"query".equals(variable.path("type").asText())) {
            return;
        }
        JsonNode query = variable.path("query");
        String queryPath = path + ".query";
        if (query.isObject()) {
            query = query.path("query");
            queryPath += ".query";
        }
        if (!query.isTextual() || query.textValue().isBlank()) {
            return;
        }
        String text = query.textValue();
        // Only the datasource tells a variable's language: its query has no shape to guess from.
        switch (DatasourceKind.of(variable.get("datasource"), MissingNode.getInstance())) {
            case PROMETHEUS -> fields.query(queryPath, text, "promql",
                    new VariableQueryFunctions(GrafanaQueryParsers::promQl)::parse);
            case LOKI -> fields.query(queryPath, text, "logql",
                    new VariableQueryFunctions(GrafanaQueryParsers::logQl)::parse);
            case OPENSEARCH -> openSearch(fields, text, queryPath);
            default -> { }
        }
    }

    private static void openSearch(GrafanaQueryFields fields, String text, String path) {
        if (!text.strip().startsWith("{")) {
            fields.query(path, text, "ppl", GrafanaQueryParsers::ppl);
            return;
        }
        JsonNode lookup;
        try {
            lookup = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            fields.syntaxError(path, "JSON terms lookup", new QuerySyntaxException(e.getOriginalMessage(),
                    (int) Math.max(0, e.getLocation().getCharOffset())));
            return;
        }
        fields.add(path + ".field", lookup.path("field").asText(null), FieldRole.GROUP_BY,
                lookup.path("find").asText(null), null, "json");
        if (lookup.path("query").isTextual() && !lookup.get("query").textValue().isBlank()) {
            fields.query(path + ".query", lookup.get("query").textValue(), "lucene", GrafanaQueryParsers::lucene);
        }
    }
}
