package dev.otelint.opensearch;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds one record per (mapped field, value) pair: each leaf field gets the "any" table plus the
 * table of its type and of its multi-field sub-fields; each object or nested field gets the
 * "object"/"nested" table, and every object (the root too) gets unmapped children
 * {@value #UNMAPPED_CHILD}_1, _2, ... with the values of the "unmapped" table. A new name per value
 * lets {@link IsolatedJudge} keep using an index that earlier probes added fields to.
 */
final class RecordGenerator {

    static final String UNMAPPED_CHILD = "zz_unmapped";
    private static final Set<String> CONTAINER_TYPES = Set.of("object", "nested");

    private final ValueTables tables;

    RecordGenerator(ValueTables tables) {
        this.tables = tables;
    }

    List<String> generate(SchemaSet schemas) {
        List<String> records = new ArrayList<>();
        ObjectNode properties = mergedProperties(schemas);
        addUnmapped(records, List.of());
        walk(properties, List.of(), records);
        return records;
    }

    private void walk(ObjectNode properties, List<String> parent, List<String> records) {
        for (Map.Entry<String, JsonNode> field : properties.properties()) {
            List<String> path = append(parent, field.getKey());
            JsonNode mapping = field.getValue();
            String type = mapping.path("type").asText(mapping.has("properties") ? "object" : "");
            if (CONTAINER_TYPES.contains(type) && mapping.path("enabled").asBoolean(true)) {
                addValues(records, path, tables.values(type));
                addUnmapped(records, path);
                walk(mapping.has("properties") ? (ObjectNode) mapping.get("properties") : emptyObject(), path, records);
            } else {
                addValues(records, path, leafValues(type, mapping));
            }
        }
    }

    private List<String> leafValues(String type, JsonNode mapping) {
        Set<String> values = new LinkedHashSet<>(tables.values("any"));
        values.addAll(tables.values(type));
        for (JsonNode subField : mapping.path("fields")) {
            values.addAll(tables.values(subField.path("type").asText()));
        }
        return List.copyOf(values);
    }

    private void addUnmapped(List<String> records, List<String> parent) {
        List<String> values = tables.values("unmapped");
        for (int i = 0; i < values.size(); i++) {
            records.add(nest(append(parent, UNMAPPED_CHILD + "_" + (i + 1)), values.get(i)));
        }
    }

    private static void addValues(List<String> records, List<String> path, List<String> values) {
        for (String value : values) {
            records.add(nest(path, value));
        }
    }

    /** {@code {"a":{"b":value}}} for path [a, b]; keys are written as the mapping spells them. */
    static String nest(List<String> path, String rawValue) {
        StringBuilder sb = new StringBuilder();
        for (String key : path) {
            sb.append("{\"").append(JsonStringEncoder.getInstance().quoteAsString(key)).append("\":");
        }
        sb.append(rawValue);
        sb.append("}".repeat(path.size()));
        return sb.toString();
    }

    /**
     * The root properties after OpenSearch's template merge: components in composed_of order, then
     * the index template; object properties merge recursively, a later leaf definition replaces an earlier one.
     */
    static ObjectNode mergedProperties(SchemaSet schemas) {
        ObjectNode merged = emptyObject();
        for (SchemaSet.TemplateFile f : schemas.inMergeOrder()) {
            JsonNode props = f.json().path("template").path("mappings").path("properties");
            if (props.isObject()) {
                mergeInto(merged, (ObjectNode) props);
            }
        }
        return merged;
    }

    private static void mergeInto(ObjectNode target, ObjectNode source) {
        for (Map.Entry<String, JsonNode> e : source.properties()) {
            JsonNode existing = target.get(e.getKey());
            JsonNode incoming = e.getValue();
            if (existing instanceof ObjectNode old && old.has("properties") && incoming.has("properties")) {
                ObjectNode combined = old.deepCopy();
                incoming.properties().forEach(p -> {
                    if (!p.getKey().equals("properties")) {
                        combined.set(p.getKey(), p.getValue());
                    }
                });
                mergeInto((ObjectNode) combined.get("properties"), (ObjectNode) incoming.get("properties"));
                target.set(e.getKey(), combined);
            } else {
                target.set(e.getKey(), incoming.deepCopy());
            }
        }
    }

    private static List<String> append(List<String> path, String key) {
        List<String> out = new ArrayList<>(path);
        out.add(key);
        return out;
    }

    private static ObjectNode emptyObject() {
        return JsonNodeFactory.instance.objectNode();
    }
}
