package dev.otelint.assets.savedobjects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A dashboard: its own search source (query and filters applied to every panel) and, in panelsJSON,
 * the panels saved by value ({@code embeddableConfig.savedVis}: a whole visualization;
 * {@code embeddableConfig.attributes}: a whole search) and a search panel's own {@code columns} and
 * {@code sort}. Other embeddableConfig state (a table's {@code vis}/{@code table} sort and widths,
 * colors, map bounds) names columns by index, not fields. ReferenceChecks resolves each panelRefName.
 */
final class DashboardFields {
    private static final String PANELS = "panelsJSON";

    private DashboardFields() {}

    static void extract(ObjectFields fields) {
        SearchSourceFields.extract(fields);
        JsonNode panels = fields.jsonString(PANELS);
        for (int i = 0; i < panels.size(); i++) {
            JsonNode panel = panels.path(i);
            JsonNode config = panel.path("embeddableConfig");
            String path = PANELS + "[" + i + "].embeddableConfig";
            if (config.path("savedVis").isObject()) {
                VisStateFields.byValue(fields, config.get("savedVis"), path + ".savedVis");
            }
            if (config.path("attributes").isObject()) {
                SearchFields.byValue(fields, config.get("attributes"), path + ".attributes");
            }
            String search = searchId(fields, panel);
            if (search != null) {
                SearchFields.columnsAndSort(fields, config, path + ".", fields.savedSearchIndex(search));
            }
        }
    }

    /** The id of the saved search a panel shows by reference, or null when it shows something else. */
    private static String searchId(ObjectFields fields, JsonNode panel) {
        if (panel.path("panelRefName").isTextual()) {
            return fields.object().reference(panel.get("panelRefName").textValue())
                    .filter(ref -> "search".equals(ref.type()))
                    .map(SavedObjectReference::id)
                    .orElse(null);
        }
        // Exports from before references[] (Kibana 6.x) name the panel's object by type and id.
        return "search".equals(panel.path("type").asText()) ? panel.path("id").asText(null) : null;
    }
}
