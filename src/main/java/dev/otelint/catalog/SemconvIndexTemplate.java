package dev.otelint.catalog;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.otelint.report.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An OpenSearch component template mapping the live (non-deprecated) attributes of one namespace:
 * dots become nested objects, templates become dynamic templates. Where an attribute id is also the
 * parent of other ids, the object wins and the attribute is listed as a conflict (an OpenSearch field
 * cannot be both a value and an object).
 */
public final class SemconvIndexTemplate {

    /** The template and the attributes it could not map, one sentence each. */
    public record Result(ObjectNode template, List<String> conflicts) {}

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** A node of the field tree: an object with children, or the attribute mapped at this path. */
    private static final class Field {
        final Map<String, Field> children = new TreeMap<>();
        SemconvAttribute attribute;
        boolean template;
    }

    private final SemconvRegistry registry;
    private final String namespace;
    private final String prefix;
    private final Field root = new Field();
    private final List<SemconvAttribute> templates = new ArrayList<>();
    private final List<String> conflicts = new ArrayList<>();

    private SemconvIndexTemplate(SemconvRegistry registry, String namespace, String prefix) {
        this.registry = registry;
        this.namespace = namespace;
        this.prefix = prefix == null || prefix.isEmpty() ? "" : prefix + ".";
    }

    /** @param prefix where the attributes live in documents ("attributes"), or null for the top level */
    public static Result build(SemconvRegistry registry, String namespace, String prefix) {
        return new SemconvIndexTemplate(registry, namespace, prefix).build();
    }

    private Result build() {
        for (SemconvAttribute attribute : registry.attributes()) {
            boolean inNamespace = attribute.id().equals(namespace) || attribute.id().startsWith(namespace + ".");
            if (inNamespace && !attribute.isDeprecated()) {
                add(attribute);
            }
        }
        if (root.children.isEmpty()) {
            throw new BadInputException("--namespace " + namespace + ": semconv " + registry.version()
                    + (registry.ownsNamespace(namespace) ? " deprecates every attribute of this namespace"
                    : " has no attribute in this namespace" + suggestion()));
        }
        reportLeafConflicts(root, "");
        ObjectNode mappings = JSON.objectNode();
        mappings.set("_meta", meta());
        if (!templates.isEmpty()) {
            mappings.set("dynamic_templates", dynamicTemplates());
        }
        ObjectNode properties = properties(root);
        mappings.set("properties", prefix.isEmpty() ? properties : wrap(prefix.substring(0, prefix.length() - 1), properties));
        ObjectNode template = JSON.objectNode();
        template.putObject("template").set("mappings", mappings);
        return new Result(template, List.copyOf(conflicts));
    }

    private void add(SemconvAttribute attribute) {
        Field field = root;
        for (String segment : attribute.id().split("\\.")) {
            field = field.children.computeIfAbsent(segment, s -> new Field());
        }
        if (attribute.isTemplate()) {
            field.template = true;
            templates.add(attribute);
        } else {
            field.attribute = attribute;
        }
    }

    /** A field that holds an attribute and also has children or a template below it cannot be a value. */
    private void reportLeafConflicts(Field field, String path) {
        for (Map.Entry<String, Field> e : field.children.entrySet()) {
            String childPath = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            Field child = e.getValue();
            if (child.attribute != null && (!child.children.isEmpty() || child.template)) {
                conflicts.add(childPath + " (" + child.attribute.type().modelName() + ") is not mapped: "
                        + childPath + " is also the object holding " + firstBelow(child, childPath));
                child.attribute = null;
            }
            reportLeafConflicts(child, childPath);
        }
    }

    private static String firstBelow(Field field, String path) {
        if (field.children.isEmpty()) {
            return path + ".* (template)";
        }
        Map.Entry<String, Field> first = field.children.entrySet().iterator().next();
        return first.getValue().attribute != null || first.getValue().children.isEmpty()
                ? path + "." + first.getKey()
                : firstBelow(first.getValue(), path + "." + first.getKey());
    }

    private ObjectNode properties(Field field) {
        ObjectNode properties = JSON.objectNode();
        for (Map.Entry<String, Field> e : field.children.entrySet()) {
            Field child = e.getValue();
            if (child.attribute != null) {
                properties.set(e.getKey(), mapping(child.attribute.type()));
            } else if (!child.children.isEmpty()) {
                properties.set(e.getKey(), wrapProperties(properties(child)));
            }
        }
        return properties;
    }

    private ArrayNode dynamicTemplates() {
        ArrayNode list = JSON.arrayNode();
        for (SemconvAttribute template : templates) {
            ObjectNode rule = JSON.objectNode();
            rule.put("path_match", prefix + template.id() + ".*");
            rule.set("mapping", mapping(template.type()));
            list.addObject().set(template.id(), rule);
        }
        return list;
    }

    /**
     * string and enums -> keyword, int -> long, double -> double, boolean -> boolean; arrays map to their
     * element type (an OpenSearch field takes one value or many). any -> a disabled object: OpenSearch's
     * DocumentParser skips a disabled object's content whatever its JSON type, so any value is accepted
     * (kept in _source, not searchable).
     */
    static ObjectNode mapping(SemconvType type) {
        ObjectNode mapping = JSON.objectNode();
        if (type.isEnum()) {
            return mapping.put("type", "keyword");
        }
        return switch (type.primitive()) {
            case STRING -> mapping.put("type", "keyword");
            case INT -> mapping.put("type", "long");
            case DOUBLE -> mapping.put("type", "double");
            case BOOLEAN -> mapping.put("type", "boolean");
            case ANY -> mapping.put("type", "object").put("enabled", false);
        };
    }

    private ObjectNode meta() {
        ObjectNode meta = JSON.objectNode();
        meta.put("semconv", registry.version());
        meta.put("namespace", namespace);
        meta.put("generator", "otelint catalog export");
        if (!conflicts.isEmpty()) {
            ArrayNode list = meta.putArray("conflicts");
            conflicts.forEach(list::add);
        }
        return meta;
    }

    private static ObjectNode wrap(String name, ObjectNode properties) {
        ObjectNode wrapper = JSON.objectNode();
        wrapper.set(name, wrapProperties(properties));
        return wrapper;
    }

    private static ObjectNode wrapProperties(ObjectNode properties) {
        ObjectNode object = JSON.objectNode();
        object.set("properties", properties);
        return object;
    }

    private String suggestion() {
        List<String> roots = new ArrayList<>();
        for (SemconvAttribute attribute : registry.attributes()) {
            String top = attribute.id().substring(0, Math.max(0, attribute.id().indexOf('.')));
            if (!top.isEmpty() && !roots.contains(top)) {
                roots.add(top);
            }
        }
        List<String> close = SemconvSuggestions.closest(namespace, roots, 3);
        return close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?";
    }
}
