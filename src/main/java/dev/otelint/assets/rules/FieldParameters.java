package dev.otelint.assets.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.otelint.report.BadInputException;
import dev.otelint.validate.MappingLoader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mapping parameters that decide how a dashboard may use a field but do not change what documents
 * are accepted, read from the template texts: {@code index: false} (not searchable),
 * {@code doc_values: false} (not aggregatable, not sortable) and {@code fielddata: true} (a text field
 * that aggregations can use). Later templates override earlier ones, as in a merged mapping.
 */
final class FieldParameters {

    static final FieldParameters NONE = new FieldParameters();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Set<String> unindexed = new HashSet<>();
    private final Set<String> withoutDocValues = new HashSet<>();
    private final Set<String> withFielddata = new HashSet<>();

    private FieldParameters() {}

    /** Reads the templates; the index template's definitions win over its components', as when merged. */
    static FieldParameters read(List<MappingLoader.SchemaText> texts) {
        Map<String, JsonNode> components = new LinkedHashMap<>();
        List<JsonNode> indexTemplates = new ArrayList<>();
        Set<String> composed = new HashSet<>();
        for (MappingLoader.SchemaText text : texts) {
            JsonNode root = parse(text);
            if (root.has("index_patterns") || root.has("composed_of")) {
                indexTemplates.add(root);
                root.path("composed_of").forEach(name -> composed.add(name.asText()));
            } else {
                components.put(fileName(text.displayName()), root);
            }
        }
        FieldParameters parameters = new FieldParameters();
        components.forEach((file, root) -> {
            if (indexTemplates.isEmpty() || isComposed(file, composed)) {
                parameters.readProperties(properties(root), "");
            }
        });
        indexTemplates.forEach(root -> parameters.readProperties(properties(root), ""));
        return parameters;
    }

    /** Component files are named {@code <name>-<version>.mapping.json} or {@code <name>.json} (see MappingLoader). */
    private static boolean isComposed(String file, Set<String> composed) {
        for (String name : composed) {
            if (file.startsWith(name + "-") || file.startsWith(name + ".")) {
                return true;
            }
        }
        return false;
    }

    private static String fileName(String displayName) {
        int slash = Math.max(displayName.lastIndexOf('/'), displayName.lastIndexOf('\\'));
        return displayName.substring(slash + 1);
    }

    private static JsonNode parse(MappingLoader.SchemaText text) {
        try {
            return JSON.readTree(text.json());
        } catch (IOException e) {
            throw new BadInputException(text.displayName() + ": not valid JSON: " + e.getMessage(), e);
        }
    }

    /** False for {@code index: false}: queries on the field cannot use an index. */
    boolean indexed(String path) {
        return !unindexed.contains(path);
    }

    /** False for {@code doc_values: false} on a non-text field: it cannot be aggregated or sorted. */
    boolean hasDocValues(String path) {
        return !withoutDocValues.contains(path);
    }

    /** True for a text field with {@code fielddata: true}, which terms aggregations and sorting can use. */
    boolean hasFielddata(String path) {
        return withFielddata.contains(path);
    }

    private static JsonNode properties(JsonNode root) {
        JsonNode body = root.path("template").isObject() ? root.get("template") : root;
        JsonNode mappings = body.path("mappings").isObject() ? body.get("mappings") : body;
        return mappings.path("properties");
    }

    private void readProperties(JsonNode properties, String prefix) {
        for (Map.Entry<String, JsonNode> field : properties.properties()) {
            String path = prefix + field.getKey();
            JsonNode definition = field.getValue();
            if (definition.has("properties")) {
                readProperties(definition.get("properties"), path + ".");
            } else {
                readField(path, definition);
                for (Map.Entry<String, JsonNode> sub : definition.path("fields").properties()) {
                    readField(path + "." + sub.getKey(), sub.getValue());
                }
            }
        }
    }

    private void readField(String path, JsonNode definition) {
        set(unindexed, path, isFalse(definition.get("index")));
        set(withoutDocValues, path, isFalse(definition.get("doc_values")));
        set(withFielddata, path, isTrue(definition.get("fielddata")));
    }

    private static void set(Set<String> paths, String path, boolean member) {
        if (member) {
            paths.add(path);
        } else {
            paths.remove(path);
        }
    }

    // OpenSearch reads these booleans from true/false or their strings (XContentMapValues.nodeBooleanValue)
    private static boolean isFalse(JsonNode value) {
        return value != null && value.asText().equals("false");
    }

    private static boolean isTrue(JsonNode value) {
        return value != null && value.asText().equals("true");
    }
}
