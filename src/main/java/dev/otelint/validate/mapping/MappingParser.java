package dev.otelint.validate.mapping;

import dev.otelint.records.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the "mappings" object of one template file into a mapping tree, rejecting what OpenSearch
 * would reject when the template is installed (unknown types, malformed parameters, bad dynamic
 * templates), each with the file, line and column of the offending JSON.
 */
final class MappingParser {

    /** Root-level keys OpenSearch accepts besides properties (metadata field configuration included). */
    private static final Set<String> ROOT_KEYS = Set.of("properties", "dynamic", "enabled", "dynamic_templates",
            "date_detection", "numeric_detection", "dynamic_date_formats", "_meta", "_source", "_routing",
            "_field_names", "_data_stream_timestamp", "_index", "_size", "derived", "composite", "type");
    private static final Set<String> OBJECT_KEYS = Set.of("type", "properties", "dynamic", "enabled",
            "include_in_parent", "include_in_root", "include_in_all", "_meta", "meta");

    private final String file;
    private final FieldFactory fields;
    private final boolean lenientObjects;

    MappingParser(String file, MappingSettings settings) {
        this(file, settings, false);
    }

    /**
     * @param lenientObjects true for mappings instantiated from dynamic templates, where OpenSearch
     *                       does not check object mappings for unknown parameters
     */
    MappingParser(String file, MappingSettings settings, boolean lenientObjects) {
        this.file = file;
        this.fields = new FieldFactory(file, settings);
        this.lenientObjects = lenientObjects;
    }

    /** One file's root mapping, before it is merged with the other templates. */
    static final class Root {
        final ObjectMapping object;
        final List<DynamicTemplate> templates = new ArrayList<>();
        Boolean dateDetection;
        Boolean numericDetection;
        JsonValue dynamicDateFormats;
        String dynamicDateFormatsFile;

        Root(ObjectMapping object) {
            this.object = object;
        }
    }

    Root parseRoot(JsonValue mappings) {
        requireObject(mappings, "mappings");
        JsonValue typed = unwrapLegacyType(mappings);
        for (JsonValue.Member member : typed.members()) {
            if (!ROOT_KEYS.contains(member.name())) {
                throw at(member.value()).error("root mapping definition has unsupported parameter ["
                        + member.name() + "]");
            }
        }
        Root root = new Root(new ObjectMapping("", "", at(typed), false, dynamic(typed.get("dynamic")),
                booleanParam(typed.get("enabled"), "enabled")));
        JsonValue templates = typed.get("dynamic_templates");
        if (templates != null) {
            readDynamicTemplates(templates, root);
        }
        root.dateDetection = booleanParam(typed.get("date_detection"), "date_detection");
        root.numericDetection = booleanParam(typed.get("numeric_detection"), "numeric_detection");
        JsonValue formats = typed.get("dynamic_date_formats");
        if (formats != null) {
            root.dynamicDateFormats = formats;
            root.dynamicDateFormatsFile = file;
        }
        readProperties(typed.get("properties"), root.object);
        return root;
    }

    /** Legacy templates may wrap the mapping in a type name such as "_doc". */
    private static JsonValue unwrapLegacyType(JsonValue mappings) {
        if (mappings.members().size() == 1) {
            JsonValue.Member only = mappings.members().get(0);
            if (!ROOT_KEYS.contains(only.name()) && only.value().isObject()
                    && (only.value().get("properties") != null || only.value().get("dynamic") != null)) {
                return only.value();
            }
        }
        return mappings;
    }

    private void readDynamicTemplates(JsonValue templates, Root root) {
        if (!templates.isArray()) {
            throw at(templates).error("dynamic_templates must be an array of {\"name\": {...}} objects");
        }
        for (JsonValue element : templates.elements()) {
            if (!element.isObject() || element.members().size() != 1) {
                throw at(element).error("each dynamic template must be an object with exactly one named template");
            }
            DynamicTemplate template = DynamicTemplate.parse(file, element.members().get(0));
            fields.validateTemplate(template);
            root.templates.add(template);
        }
    }

    private void readProperties(JsonValue properties, ObjectMapping parent) {
        if (properties == null) {
            return;
        }
        requireObject(properties, "properties of [" + displayPath(parent) + "]");
        for (JsonValue.Member member : properties.members()) {
            addProperty(parent, member);
        }
    }

    /** Adds one property; a dotted name "a.b" becomes object a holding b, as OpenSearch expands it. */
    private void addProperty(ObjectMapping parent, JsonValue.Member member) {
        String name = member.name();
        if (name.isEmpty() || name.trim().isEmpty()) {
            throw BadName.at(file, member, "field name cannot be empty or blank");
        }
        String[] parts = name.split("\\.", -1);
        ObjectMapping owner = parent;
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].isEmpty()) {
                throw BadName.at(file, member, "field name [" + name + "] has an empty part between dots");
            }
            ObjectMapping intermediate = new ObjectMapping(parts[i], childPath(owner, parts[i]),
                    at(member.value()), false, null, null);
            owner = (ObjectMapping) put(owner, intermediate);
        }
        String leaf = parts[parts.length - 1];
        if (leaf.isEmpty()) {
            throw BadName.at(file, member, "field name [" + name + "] cannot end with a dot");
        }
        put(owner, parseMapper(leaf, childPath(owner, leaf), member.value()));
    }

    /** Adds {@code child} to {@code owner}, merging with an object of the same name; returns what is kept. */
    private static Mapper put(ObjectMapping owner, Mapper child) {
        Mapper existing = owner.child(child.name());
        if (existing == null) {
            owner.put(child);
            return child;
        }
        if (existing instanceof ObjectMapping && child instanceof ObjectMapping) {
            ((ObjectMapping) existing).merge((ObjectMapping) child);
            return existing;
        }
        if (existing instanceof ObjectMapping || child instanceof ObjectMapping) {
            throw child.source().error("can't merge a non object mapping [" + child.path()
                    + "] with an object mapping");
        }
        owner.put(child);
        return child;
    }

    /** One property definition: an object, a nested object, an alias or a concrete field. */
    Mapper parseMapper(String name, String path, JsonValue definition) {
        requireObject(definition, "mapping of field [" + path + "]");
        JsonValue type = definition.get("type");
        String typeName = type == null ? "object" : type.text();
        if (type != null && !type.isString()) {
            throw at(type).error("[type] of field [" + path + "] must be a string");
        }
        switch (typeName) {
            case "object":
            case "nested":
                return parseObject(name, path, typeName.equals("nested"), definition);
            case "alias":
                return parseAlias(name, path, definition);
            default:
                return fields.create(name, path, typeName, definition, false);
        }
    }

    private ObjectMapping parseObject(String name, String path, boolean nested, JsonValue definition) {
        for (JsonValue.Member member : definition.members()) {
            if (!lenientObjects && !OBJECT_KEYS.contains(member.name())) {
                throw at(member.value()).error("mapping definition for [" + path + "] has unsupported parameter ["
                        + member.name() + "] for type [" + (nested ? "nested" : "object") + "]");
            }
        }
        ObjectMapping object = new ObjectMapping(name, path, at(definition), nested,
                dynamic(definition.get("dynamic")), booleanParam(definition.get("enabled"), "enabled"));
        readProperties(definition.get("properties"), object);
        return object;
    }

    private AliasMapping parseAlias(String name, String path, JsonValue definition) {
        JsonValue target = definition.get("path");
        if (target == null || !target.isString()) {
            throw at(definition).error("the [path] property of field alias [" + path + "] must be a string");
        }
        return new AliasMapping(name, path, target.text(), at(definition));
    }

    Dynamic dynamic(JsonValue value) {
        if (value == null) {
            return null;
        }
        Dynamic dynamic = value.isScalar() && !value.isNull() ? Dynamic.parse(value.text()) : null;
        if (dynamic == null) {
            throw at(value).error("[dynamic] must be true, false, strict or strict_allow_templates, got "
                    + value.toJson());
        }
        return dynamic;
    }

    Boolean booleanParam(JsonValue value, String name) {
        if (value == null) {
            return null;
        }
        if ("true".equals(value.text())) {
            return Boolean.TRUE;
        }
        if ("false".equals(value.text())) {
            return Boolean.FALSE;
        }
        throw at(value).error("[" + name + "] must be true or false, got " + value.toJson());
    }

    private void requireObject(JsonValue value, String what) {
        if (!value.isObject()) {
            throw at(value).error(what + " must be a JSON object, got " + value.toJson());
        }
    }

    private Source at(JsonValue value) {
        return Source.of(file, value);
    }

    private static String childPath(ObjectMapping parent, String name) {
        return parent.path().isEmpty() ? name : parent.path() + "." + name;
    }

    private static String displayPath(ObjectMapping object) {
        return object.path().isEmpty() ? "_doc" : object.path();
    }

    /** Errors about a property name, located at the name. */
    private static final class BadName {
        static dev.otelint.report.BadInputException at(String file, JsonValue.Member member, String what) {
            return new Source(file, member.line(), member.column()).error(what);
        }
    }
}
