package dev.otelint.assets.savedobjects;

import com.fasterxml.jackson.databind.JsonNode;
import dev.otelint.assets.query.FieldRole;

/**
 * A saved search: its search source, {@code columns} (shown fields) and {@code sort} ([[field, dir]]);
 * the same attributes when a dashboard panel holds the search by value.
 */
final class SearchFields {

    private SearchFields() {}

    static void extract(ObjectFields fields) {
        String index = SearchSourceFields.extract(fields);
        columnsAndSort(fields, fields.object().attributes(), "", index);
    }

    /** A search saved by value in a dashboard panel: its attributes at {@code path}. */
    static void byValue(ObjectFields fields, JsonNode attributes, String path) {
        String sourcePath = path + "." + SearchSourceFields.PATH;
        JsonNode source = fields.jsonString(attributes.path("kibanaSavedObjectMeta").path("searchSourceJSON"),
                sourcePath);
        String index = SearchSourceFields.extract(fields, source, sourcePath, null);
        columnsAndSort(fields, attributes, path + ".", index);
    }

    /** {@code columns} and {@code sort} of {@code holder}: a search's, or a search panel's overrides of them. */
    static void columnsAndSort(ObjectFields fields, JsonNode holder, String prefix, String index) {
        JsonNode columns = holder.path("columns");
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.path(i).asText(null);
            // Discover's placeholder column for the whole document is not a field.
            if (!"_source".equals(column)) {
                fields.add(prefix + "columns[" + i + "]", column, FieldRole.PROJECTION, null, index, "json");
            }
        }
        JsonNode sort = holder.path("sort");
        if (sort.size() > 0 && sort.path(0).isTextual()) {
            // Old exports hold a single [field, direction] pair instead of a list of pairs.
            fields.add(prefix + "sort[0]", sort.path(0).textValue(), FieldRole.SORT, null, index, "json");
            return;
        }
        for (int i = 0; i < sort.size(); i++) {
            fields.add(prefix + "sort[" + i + "][0]", sort.path(i).path(0).asText(null), FieldRole.SORT, null, index,
                    "json");
        }
    }
}
