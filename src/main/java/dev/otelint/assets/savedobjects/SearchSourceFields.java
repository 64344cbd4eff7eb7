package dev.otelint.assets.savedobjects;

import com.fasterxml.jackson.databind.JsonNode;
import dev.otelint.assets.query.FieldRole;
import java.util.Iterator;

/**
 * The {@code kibanaSavedObjectMeta.searchSourceJSON} of a search, visualization or dashboard: its index
 * (indexRefName -> references[] -> index-pattern title), its KQL/Lucene query and its filter pills.
 */
final class SearchSourceFields {
    static final String PATH = "kibanaSavedObjectMeta.searchSourceJSON";

    private SearchSourceFields() {}

    /** Adds the fields of the object's search source; returns the index pattern it queries, or null. */
    static String extract(ObjectFields fields) {
        JsonNode source = fields.jsonString(fields.object().attributes().path("kibanaSavedObjectMeta"),
                "searchSourceJSON", PATH);
        if (source == null) {
            return null;
        }
        String index = indexPattern(fields, source);
        fields.savedQuery(source.get("query"), PATH + ".query", index);
        JsonNode filters = source.path("filter");
        for (int i = 0; i < filters.size(); i++) {
            filter(fields, filters.path(i), PATH + ".filter[" + i + "]", index);
        }
        return index;
    }

    private static String indexPattern(ObjectFields fields, JsonNode source) {
        JsonNode refName = source.get("indexRefName");
        if (refName != null && refName.isTextual()) {
            return fields.indexPatternOf(refName.textValue());
        }
        return null;
    }

    /** A filter pill: meta.key names the field; its query is match_phrase, exists or range on it. */
    private static void filter(ObjectFields fields, JsonNode filter, String path, String index) {
        JsonNode meta = filter.path("meta");
        String type = meta.path("type").asText("phrase");
        FieldRole role = switch (type) {
            case "exists" -> FieldRole.EXISTS;
            case "range" -> FieldRole.RANGE;
            default -> FieldRole.FILTER;
        };
        if (meta.path("key").isTextual()) {
            fields.add(path + ".meta.key", meta.path("key").textValue(), role, type, index, "json");
        }
        JsonNode query = filter.has("query") ? filter.get("query") : filter;
        keys(fields, query.path("match_phrase"), path + ".query.match_phrase", FieldRole.FILTER, index);
        keys(fields, query.path("match"), path + ".query.match", FieldRole.FILTER, index);
        keys(fields, filter.path("range"), path + ".range", FieldRole.RANGE, index);
        if (filter.path("exists").path("field").isTextual()) {
            fields.add(path + ".exists.field", filter.path("exists").path("field").textValue(), FieldRole.EXISTS,
                    "exists", index, "json");
        }
    }

    private static void keys(ObjectFields fields, JsonNode holder, String path, FieldRole role, String index) {
        for (Iterator<String> names = holder.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            fields.add(path + "." + name, name, role, null, index, "json");
        }
    }
}
