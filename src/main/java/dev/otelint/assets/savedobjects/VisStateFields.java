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
        if (visState.isMissingNode()) {
            return;
        }
        JsonNode params = visState.path("params");
        switch (visState.path("type").asText("")) {
            case "metrics" -> TsvbFields.extract(fields, params, PATH + ".params");
            case "vega" -> VegaFields.extract(fields, params.path("spec"), PATH + ".params.spec");
            case "timelion" -> TimelineVisFields.extract(fields, params.path("expression"),
                    PATH + ".params.expression");
            case "input_control_vis" -> controls(fields, params.path("controls"), PATH + ".params.controls");
            default -> AggFields.extract(fields, visState.path("aggs"), PATH + ".aggs", index);
        }
    }

    /** A visualization built on a saved search queries that search's index pattern. */
    private static String savedSearchIndex(ObjectFields fields) {
        JsonNode refName = fields.object().attributes().path("savedSearchRefName");
        if (!refName.isTextual()) {
            return null;
        }
        return fields.object().reference(refName.textValue())
                .flatMap(ref -> fields.bundle().find("search", ref.id()))
                .flatMap(search -> search.reference(SearchSourceFields.PATH + ".index"))
                .flatMap(ref -> fields.bundle().indexPatternTitle(ref.id()))
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
