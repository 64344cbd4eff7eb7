package dev.otelint.validate.mapping;

import dev.otelint.records.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * One template file as OpenSearch would receive it: a composable index template
 * ({"index_patterns", "template": {...}, "composed_of"}), a component template ({"template": {...}}),
 * a legacy template ({"index_patterns", "mappings", "settings"}), an index creation body
 * ({"mappings", "settings"}) or a bare mapping ({"properties", ...}).
 */
public final class TemplateFile {

    private final String name;
    private final JsonValue root;
    private final JsonValue body;

    private TemplateFile(String name, JsonValue root) {
        this.name = name;
        this.root = root;
        JsonValue template = root.get("template");
        this.body = template != null && template.isObject() ? template : root;
    }

    /** Parses a file's text; {@code name} is how errors refer to it. */
    public static TemplateFile parse(String name, String json) {
        JsonValue root = SchemaJson.parse(name, json);
        if (!root.isObject()) {
            throw Source.of(name, root).error("a template must be a JSON object");
        }
        return new TemplateFile(name, root);
    }

    /** False for JSON files that are no template at all (e.g. a catalog descriptor next to the templates). */
    public boolean isTemplate() {
        for (String key : new String[] {"template", "mappings", "properties", "index_patterns", "composed_of",
            "dynamic_templates", "settings", "dynamic"}) {
            if (root.get(key) != null) {
                return true;
            }
        }
        return root.members().isEmpty();
    }

    public String name() {
        return name;
    }

    /** True for an index template: it names index patterns or component templates. */
    public boolean isIndexTemplate() {
        return root.get("index_patterns") != null || root.get("composed_of") != null;
    }

    public boolean hasComposedOf() {
        return root.get("composed_of") != null;
    }

    /** The component template names, in merge order. */
    public List<String> composedOf() {
        JsonValue names = root.get("composed_of");
        if (names == null) {
            return List.of();
        }
        if (!names.isArray()) {
            throw Source.of(name, names).error("composed_of must be an array of component template names");
        }
        List<String> result = new ArrayList<>();
        for (JsonValue element : names.elements()) {
            if (!element.isString()) {
                throw Source.of(name, element).error("composed_of entries must be strings");
            }
            result.add(element.text());
        }
        return result;
    }

    /** The index_patterns the template applies to (a single string counts as one), empty when it names none. */
    public List<String> indexPatterns() {
        JsonValue patterns = root.get("index_patterns");
        List<String> result = new ArrayList<>();
        if (patterns != null && patterns.isString()) {
            result.add(patterns.text());
        } else if (patterns != null && patterns.isArray()) {
            for (JsonValue element : patterns.elements()) {
                if (element.isString()) {
                    result.add(element.text());
                }
            }
        }
        return result;
    }

    /** Where composed_of is written, for errors about its names. */
    public Source composedOfSource() {
        JsonValue names = root.get("composed_of");
        return Source.of(name, names == null ? root : names);
    }

    /** The mapping object, or an empty mapping when the file only carries settings. */
    JsonValue mappings() {
        JsonValue mappings = body.get("mappings");
        if (mappings != null) {
            return mappings;
        }
        if (body.get("properties") != null || body.get("dynamic_templates") != null || body.get("dynamic") != null) {
            return body;
        }
        if (body.get("settings") != null || body != root || isIndexTemplate() || root.members().isEmpty()) {
            return JsonValue.object(List.of(), root.line(), root.column());
        }
        throw Source.of(name, root).error("no mappings found: expected \"template\", \"mappings\" or \"properties\"");
    }

    /** The settings object, or null. */
    JsonValue settings() {
        JsonValue settings = body.get("settings");
        if (settings != null && !settings.isObject()) {
            throw Source.of(name, settings).error("settings must be a JSON object");
        }
        return settings;
    }

    /** The data_stream object of an index template, or null. */
    JsonValue dataStream() {
        JsonValue dataStream = root.get("data_stream");
        return dataStream != null && dataStream.isObject() ? dataStream : null;
    }
}
