package dev.otelint.assets.savedobjects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.otelint.assets.query.FieldRole;
import java.util.List;

/**
 * The {@code kibanaSavedObjectMeta.searchSourceJSON} of a search, visualization or dashboard (or the
 * search source of a panel saved by value): its index (indexRefName -> references[] -> index-pattern
 * title, or the index-pattern id itself), its KQL/Lucene query and its filter pills.
 */
final class SearchSourceFields {
    static final String PATH = "kibanaSavedObjectMeta.searchSourceJSON";

    private SearchSourceFields() {}

    /** Adds the fields of the object's search source; returns the index pattern it queries, or null. */
    static String extract(ObjectFields fields) {
        return extract(fields, null);
    }

    /**
     * As {@link #extract(ObjectFields)}; a source without its own index queries {@code inheritedIndex}
     * (a visualization's saved search).
     */
    static String extract(ObjectFields fields, String inheritedIndex) {
        return extract(fields, fields.jsonString(PATH), PATH, inheritedIndex);
    }

    /** The search source {@code source} found at {@code path} (a by-value panel's, or the missing node). */
    static String extract(ObjectFields fields, JsonNode source, String path, String inheritedIndex) {
        if (source.isMissingNode()) {
            return inheritedIndex;
        }
        String own = indexPattern(fields, source);
        String index = own != null ? own : inheritedIndex;
        fields.savedQuery(source.get("query"), path + ".query", index);
        JsonNode filters = source.path("filter");
        for (int i = 0; i < filters.size(); i++) {
            filter(fields, filters.path(i), path + ".filter[" + i + "]", index);
        }
        return index;
    }

    private static String indexPattern(ObjectFields fields, JsonNode source) {
        if (source.path("indexRefName").isTextual()) {
            return fields.indexPatternOf(source.get("indexRefName").textValue());
        }
        // Exports from before references[] (Kibana 6.x) hold the index-pattern id itself.
        return source.path("index").isTextual() ? fields.indexPatternById(source.get("index").textValue()) : null;
    }

    /** A filter pill: meta.key names its field, and its query DSL (phrase, phrases, range, exists, custom). */
    private static void filter(ObjectFields fields, JsonNode filter, String path, String sourceIndex) {
        JsonNode meta = filter.path("meta");
        // A pill names its own index pattern (dashboard filters do); else it filters the source's.
        String own = meta.path("indexRefName").isTextual() ? fields.indexPatternOf(meta.get("indexRefName").textValue())
                : null;
        String index = own != null ? own : sourceIndex;
        String type = meta.path("type").asText("phrase");
        FieldRole role = switch (type) {
            case "exists" -> FieldRole.EXISTS;
            case "range" -> FieldRole.RANGE;
            default -> FieldRole.FILTER;
        };
        if (meta.path("key").isTextual()) {
            fields.add(path + ".meta.key", meta.path("key").textValue(), role, type, index, "json");
        }
        if (filter.isObject()) {
            // The query DSL sits beside meta (older exports: range, exists) or under "query"; $state is UI state.
            ObjectNode dsl = ((ObjectNode) filter).deepCopy();
            dsl.remove(List.of("meta", "$state"));
            new QueryDslFields(fields, index, "json").walk(dsl, path, null);
        }
    }
}
