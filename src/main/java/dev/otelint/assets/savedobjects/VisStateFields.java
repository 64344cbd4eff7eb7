package dev.otelint.assets.savedobjects;

import com.fasterxml.jackson.databind.JsonNode;
import dev.otelint.assets.query.FieldRole;

/**
 * A visualization: its {@code visState} (a JSON string) by vis type, and its own search source or
 * saved search for the index pattern. TSVB, Vega and Timeline name their index themselves.
 */
final class VisStateFields {
    static final String PATH = "visState";

    private VisStateFields() {}

    static void extract(ObjectFields fields) {
        String index = SearchSourceFields.extract(fields, savedSearchIndex(fields));
        JsonNode visState = fields.jsonString(PATH);
        if (!visState.isMissingNode()) {
            byType(fields, visState, visState.path("aggs"), PATH + ".aggs", PATH, index);
        }
    }

    /**
     * A visualization saved by value in a dashboard panel ({@code embeddableConfig.savedVis}, as
     * Dashboards serializes a Vis): type and params as in a visState, aggs and search source under
     * {@code data} (aggs beside params in the older shape), a saved search by {@code data.savedSearchId}.
     */
    static void byValue(ObjectFields fields, JsonNode savedVis, String path) {
        JsonNode data = savedVis.path("data");
        String savedSearch = data.path("savedSearchId").isTextual()
                ? fields.savedSearchIndex(data.get("savedSearchId").textValue()) : null;
        String index = SearchSourceFields.extract(fields, data.path("searchSource"), path + ".data.searchSource",
                savedSearch);
        if (data.has("aggs")) {
            byType(fields, savedVis, data.get("aggs"), path + ".data.aggs", path, index);
        } else {
            byType(fields, savedVis, savedVis.path("aggs"), path + ".aggs", path, index);
        }
    }

    /** The fields of a visState-shaped {@code vis} at {@code path} (its aggs at {@code aggsPath}), by its type. */
    private static void byType(ObjectFields fields, JsonNode vis, JsonNode aggs, String aggsPath, String path,
                               String index) {
        JsonNode params = vis.path("params");
        switch (vis.path("type").asText("")) {
            case "metrics" -> TsvbFields.extract(fields, params, path + ".params");
            case "vega" -> VegaFields.extract(fields, params.path("spec"), path + ".params.spec");
            case "timelion" -> TimelineVisFields.extract(fields, params.path("expression"),
                    path + ".params.expression");
            case "input_control_vis" -> controls(fields, params.path("controls"), path + ".params.controls");
            default -> AggFields.extract(fields, aggs, aggsPath, index);
        }
    }

    /** A visualization built on a saved search queries that search's index pattern. */
    private static String savedSearchIndex(ObjectFields fields) {
        JsonNode refName = fields.object().attributes().path("savedSearchRefName");
        if (!refName.isTextual()) {
            return null;
        }
        return fields.object().reference(refName.textValue())
                .map(ref -> fields.savedSearchIndex(ref.id()))
                .orElse(null);
    }

    /** input_control_vis: each control filters one field of the index pattern its indexPatternRefName names. */
    private static void controls(ObjectFields fields, JsonNode controls, String path) {
        for (int i = 0; i < controls.size(); i++) {
            JsonNode control = controls.path(i);
            String index = control.path("indexPatternRefName").isTextual()
                    ? fields.indexPatternOf(control.get("indexPatternRefName").textValue())
                    // Exports from before references[] hold the index-pattern id itself.
                    : fields.indexPatternById(control.path("indexPattern").asText(""));
            String type = control.path("type").asText(null);
            fields.add(path + "[" + i + "].fieldName", control.path("fieldName").asText(null),
                    "range".equals(type) ? FieldRole.RANGE : FieldRole.FILTER, type, index, "json");
        }
    }
}
