package dev.otelint.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.otelint.catalog.MappingCatalog.Entry;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code catalog show} prints of a template: its fields and dynamic templates, each with the file it comes
 * from. Deliberately not a mapping model (the validator has its own); fields keep document order.
 */
public record MappingOutline(List<String> indexPatterns, List<String> composedOf,
        List<MappingField> fields, List<MappingDynamicTemplate> dynamicTemplates) {

    // trailing tokens would otherwise be ignored, hiding a mis-nested file behind its first closed object
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final Set<String> STRUCTURE_KEYS = Set.of("type", "properties", "fields");

    public MappingOutline {
        indexPatterns = List.copyOf(indexPatterns);
        composedOf = List.copyOf(composedOf);
        fields = List.copyOf(fields);
        dynamicTemplates = List.copyOf(dynamicTemplates);
    }

    /**
     * Outlines an index or component template ({@code {"template": {"mappings": ...}}}); {@code origin} names the
     * file in every field. Dotted property names give the same dotted paths OpenSearch expands them to.
     */
    public static MappingOutline parse(String json, String origin) {
        JsonNode root = readTree(json, origin);
        JsonNode mappings = root.path("template").path("mappings");
        List<MappingField> fields = new ArrayList<>();
        addFields(mappings.path("properties"), "", origin, fields);
        return new MappingOutline(strings(root.path("index_patterns")), strings(root.path("composed_of")), fields,
                dynamicTemplates(mappings.path("dynamic_templates"), origin));
    }

    /**
     * The outline of a catalog entry. An index template's includes its composed_of components: merged in
     * OpenSearch's order (components as listed, then the template's own mappings; a later definition of the
     * same field or dynamic template name wins).
     */
    public static MappingOutline of(MappingCatalog catalog, Entry entry) {
        MappingOutline own = parse(catalog.read(entry), entry.name());
        if (own.composedOf().isEmpty()) {
            return own;
        }
        Map<String, MappingField> fields = new LinkedHashMap<>();
        Map<String, MappingDynamicTemplate> dynamicTemplates = new LinkedHashMap<>();
        for (String name : own.composedOf()) {
            Entry component = catalog.component(name, entry.signal()).orElseThrow(() -> new IllegalStateException(
                    entry.resource() + ": composed_of names '" + name + "', which the catalog lacks"));
            parse(catalog.read(component), name).putInto(fields, dynamicTemplates);
        }
        own.putInto(fields, dynamicTemplates);
        return new MappingOutline(own.indexPatterns(), own.composedOf(), new ArrayList<>(fields.values()),
                new ArrayList<>(dynamicTemplates.values()));
    }

    // OpenSearch RootObjectMapper (INDEX_TEMPLATE merge): a redefined dynamic template keeps its first position.
    private void putInto(Map<String, MappingField> allFields, Map<String, MappingDynamicTemplate> allTemplates) {
        for (MappingField f : fields) {
            allFields.put(f.path(), f);
        }
        for (MappingDynamicTemplate t : dynamicTemplates) {
            allTemplates.put(t.name(), t);
        }
    }

    // Lists leaves, plus nested objects (their type changes how children are indexed) and multi-fields.
    private static void addFields(JsonNode properties, String prefix, String origin, List<MappingField> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String path = prefix + property.getKey();
            JsonNode definition = property.getValue();
            JsonNode children = definition.get("properties");
            String type = definition.path("type").asText("object");
            if (children == null || "nested".equals(type)) {
                out.add(new MappingField(path, type, origin, false, parameters(definition)));
            }
            if (children != null) {
                addFields(children, path + ".", origin, out);
            }
            for (Iterator<Map.Entry<String, JsonNode>> sub = definition.path("fields").fields(); sub.hasNext(); ) {
                Map.Entry<String, JsonNode> multi = sub.next();
                out.add(new MappingField(path + "." + multi.getKey(), multi.getValue().path("type").asText("object"),
                        origin, true, parameters(multi.getValue())));
            }
        }
    }

    private static Map<String, JsonNode> parameters(JsonNode definition) {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        definition.fields().forEachRemaining(p -> {
            if (!STRUCTURE_KEYS.contains(p.getKey())) {
                parameters.put(p.getKey(), p.getValue());
            }
        });
        return parameters;
    }

    // Each entry is {"<name>": {"path_match": ..., "mapping": {...}}}.
    private static List<MappingDynamicTemplate> dynamicTemplates(JsonNode array, String origin) {
        List<MappingDynamicTemplate> templates = new ArrayList<>();
        for (JsonNode entry : array) {
            entry.fields().forEachRemaining(named -> {
                Map<String, JsonNode> conditions = new LinkedHashMap<>();
                named.getValue().fields().forEachRemaining(c -> {
                    if (!"mapping".equals(c.getKey())) {
                        conditions.put(c.getKey(), c.getValue());
                    }
                });
                templates.add(new MappingDynamicTemplate(named.getKey(), origin, conditions,
                        named.getValue().path("mapping")));
            });
        }
        return templates;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static JsonNode readTree(String json, String origin) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(origin + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
