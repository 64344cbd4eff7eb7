package dev.otelint.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Dotted field paths, every prefix included, of a record or of an index mapping. OpenSearch splits
 * dotted keys into object paths in both (DocumentParser / ObjectMapper), so "a.b" and {"a":{"b":..}}
 * give the same paths a and a.b.
 */
final class FieldPaths {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FieldPaths() {}

    /** The paths a record sets, or empty when it is not a JSON object. */
    static Optional<Set<String>> ofRecord(String record) {
        try {
            JsonNode json = JSON.readTree(record);
            if (json == null || !json.isObject()) {
                return Optional.empty();
            }
            Set<String> paths = new HashSet<>();
            addRecordPaths(json, "", paths);
            return Optional.of(paths);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void addRecordPaths(JsonNode value, String parent, Set<String> paths) {
        if (value.isArray()) {
            value.forEach(element -> addRecordPaths(element, parent, paths));
        } else if (value.isObject()) {
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                String path = addWithPrefixes(parent, field.getKey(), paths);
                addRecordPaths(field.getValue(), path, paths);
            }
        }
    }

    /** Path to mapped type ("object" for objects without one), multi-fields included, of index mappings. */
    static Map<String, String> ofMapping(String mappings) {
        try {
            Map<String, String> types = new HashMap<>();
            addMappingPaths(JSON.readTree(mappings).path("properties"), "", types);
            return types;
        } catch (IOException e) {
            throw new IllegalStateException("invalid mappings JSON: " + mappings, e);
        }
    }

    private static void addMappingPaths(JsonNode properties, String parent, Map<String, String> types) {
        for (Map.Entry<String, JsonNode> field : properties.properties()) {
            Set<String> added = new HashSet<>();
            String path = addWithPrefixes(parent, field.getKey(), added);
            added.forEach(p -> types.putIfAbsent(p, "object"));
            JsonNode mapping = field.getValue();
            types.put(path, mapping.path("type").asText("object"));
            for (Map.Entry<String, JsonNode> sub : mapping.path("fields").properties()) {
                types.put(path + "." + sub.getKey(), sub.getValue().path("type").asText());
            }
            addMappingPaths(mapping.path("properties"), path, types);
        }
    }

    private static String addWithPrefixes(String parent, String key, Set<String> paths) {
        String path = parent;
        for (String segment : key.split("\\.", -1)) {
            path = path.isEmpty() ? segment : path + "." + segment;
            paths.add(path);
        }
        return path;
    }
}
