package dev.otelint.assets.savedobjects;

import com.fasterxml.jackson.databind.JsonNode;
import dev.otelint.assets.query.FieldRole;

/**
 * The {@code aggs[]} of a classic visualization (and aggConfigParams of VisBuilder): each agg's
 * {@code params.field} with the agg type as function; the queries of {@code filters} aggs.
 */
final class AggFields {

    private AggFields() {}

    static void extract(ObjectFields fields, JsonNode aggs, String path, String index) {
        for (int i = 0; i < aggs.size(); i++) {
            JsonNode agg = aggs.path(i);
            String aggPath = path + "[" + i + "]";
            String type = agg.path("type").asText(null);
            JsonNode params = agg.path("params");
            if (params.path("field").isTextual()) {
                fields.add(aggPath + ".params.field", params.get("field").textValue(), role(agg, type), type,
                        index, "json");
            }
            if (params.path("sortField").isTextual()) {
                fields.add(aggPath + ".params.sortField", params.get("sortField").textValue(), FieldRole.SORT,
                        type, index, "json");
            }
            JsonNode filters = params.path("filters");
            for (int f = 0; f < filters.size(); f++) {
                fields.savedQuery(filters.path(f).path("input"), aggPath + ".params.filters[" + f + "].input",
                        index);
            }
        }
    }

    /** Metric schemas aggregate a field; bucket schemas (segment, group, split, bucket) group by it. */
    private static FieldRole role(JsonNode agg, String type) {
        if ("date_histogram".equals(type)) {
            return FieldRole.TIME;
        }
        return "metric".equals(agg.path("schema").asText("metric")) ? FieldRole.AGGREGATION : FieldRole.GROUP_BY;
    }
}
