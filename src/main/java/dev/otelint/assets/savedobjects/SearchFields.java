package dev.otelint.assets.savedobjects;

import com.fasterxml.jackson.databind.JsonNode;
import dev.otelint.assets.query.FieldRole;

/** A saved search: its search source, {@code columns} (shown fields) and {@code sort} ([[field, dir]]). */
final class SearchFields {

    private SearchFields() {}

    static void extract(ObjectFields fields) {
        String index = SearchSourceFields.extract(fields);
        JsonNode attributes = fields.object().attributes();
        JsonNode columns = attributes.path("columns");
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.path(i).asText(null);
            // Discover's placeholder column for the whole document is not a field.
            if (!"_source".equals(column)) {
                fields.add("columns[" + i + "]", column, FieldRole.PROJECTION, null, index, "json");
            }
        }
        JsonNode sort = attributes.path("sort");
        if (sort.size() > 0 && sort.path(0).isTextual()) {
            // Old exports hold a single [field, direction] pair instead of a list of pairs.
            fields.add("sort[0]", sort.path(0).textValue(), FieldRole.SORT, null, index, "json");
            return;
        }
        for (int i = 0; i < sort.size(); i++) {
            fields.add("sort[" + i + "][0]", sort.path(i).path(0).asText(null), FieldRole.SORT, null, index,
                    "json");
        }
    }
}
