package dev.otelint.assets.savedobjects;

import com.fasterxml.jackson.databind.JsonNode;
import dev.otelint.assets.query.FieldRole;
import java.util.Iterator;
import java.util.Set;

/**
 * An index-pattern: its {@code timeFieldName}, the cached field list in {@code fields} (a JSON string
 * of {name, type, ...}) and the keys of {@code fieldFormatMap}. The pattern is its own {@code title}.
 */
final class IndexPatternFields {

    /** Dashboards' default metaFields setting: listed in every index pattern, never in a mapping. */
    private static final Set<String> META_FIELDS = Set.of("_source", "_id", "_type", "_index", "_score");

    private IndexPatternFields() {}

    /** Meta fields and scripted fields (computed by a script at query time) are not index fields. */
    private static boolean isMetaOrScripted(JsonNode entry) {
        return META_FIELDS.contains(entry.path("name").asText("")) || entry.path("scripted").asBoolean(false);
    }

    static void extract(ObjectFields fields) {
        JsonNode attributes = fields.object().attributes();
        String index = fields.object().title();
        if (attributes.path("timeFieldName").isTextual()) {
            fields.add("timeFieldName", attributes.get("timeFieldName").textValue(), FieldRole.TIME, null,
                    index, "json");
        }
        JsonNode list = fields.jsonString("fields");
        if (!list.isMissingNode()) {
            for (int i = 0; i < list.size(); i++) {
                JsonNode entry = list.path(i);
                if (isMetaOrScripted(entry)) {
                    continue;
                }
                // The declared type is kept as function so the type rule can compare it with the schema.
                fields.add("fields[" + i + "].name", entry.path("name").asText(null), FieldRole.PROJECTION,
                        entry.path("type").asText(null), index, "json");
            }
        }
        JsonNode formats = fields.jsonString("fieldFormatMap");
        if (!formats.isMissingNode()) {
            for (Iterator<String> names = formats.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                fields.add("fieldFormatMap." + name, name, FieldRole.PROJECTION,
                        formats.path(name).path("id").asText(null), index, "json");
            }
        }
    }
}
