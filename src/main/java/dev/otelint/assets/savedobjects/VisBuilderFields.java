package dev.otelint.assets.savedobjects;

import com.fasterxml.jackson.databind.JsonNode;
import dev.otelint.assets.query.FieldRole;

/** A VisBuilder visualization: {@code visualizationState} (a JSON string) with searchField and aggConfigParams. */
final class VisBuilderFields {
    private static final String PATH = "visualizationState";

    private VisBuilderFields() {}

    static void extract(ObjectFields fields) {
        String index = SearchSourceFields.extract(fields);
        JsonNode state = fields.jsonString(PATH);
        if (state.isMissingNode()) {
            return;
        }
        if (state.path("searchField").isTextual()) {
            fields.add(PATH + ".searchField", state.get("searchField").textValue(), FieldRole.FILTER, null, index,
                    "json");
        }
        JsonNode aggs = state.path("visualization").path("activeVisualization").path("aggConfigParams");
        AggFields.extract(fields, aggs, PATH + ".visualization.activeVisualization.aggConfigParams", index);
    }
}
