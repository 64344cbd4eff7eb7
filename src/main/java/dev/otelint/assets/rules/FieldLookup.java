package dev.otelint.assets.rules;

import dev.otelint.validate.mapping.AliasMapping;
import dev.otelint.validate.mapping.Dynamic;
import dev.otelint.validate.mapping.DynamicTemplate;
import dev.otelint.validate.mapping.FieldMapping;
import dev.otelint.validate.mapping.IndexMapping;
import dev.otelint.validate.mapping.Mapper;
import dev.otelint.validate.mapping.ObjectMapping;
import java.util.Map;

/** Resolves a field name as written in an asset against an index mapping. */
final class FieldLookup {

    // the JSON kinds a dashboard field may hold, tried in this order against match_mapping_type
    private static final DynamicTemplate.ValueKind[] VALUE_KINDS = {DynamicTemplate.ValueKind.STRING,
        DynamicTemplate.ValueKind.LONG, DynamicTemplate.ValueKind.DOUBLE, DynamicTemplate.ValueKind.BOOLEAN};

    // Dashboards lists these in every index pattern's fields; they are search hit metadata, not mapped fields
    private static final Map<String, String> HIT_METADATA = Map.of("_score", "float", "_type", "keyword");

    private FieldLookup() {}

    static ResolvedField resolve(IndexMapping mapping, String name) {
        if (name.indexOf('*') >= 0) {
            return wildcard(mapping, name);
        }
        if (mapping.isMetadataField(name)) {
            return ResolvedField.of(ResolvedField.Status.MAPPED, mapping.leafTypeAt(name));
        }
        if (HIT_METADATA.containsKey(name)) {
            return ResolvedField.of(ResolvedField.Status.MAPPED, HIT_METADATA.get(name));
        }
        Mapper field = mapping.fieldByPath(name);
        if (field != null) {
            return new ResolvedField(ResolvedField.Status.MAPPED, typeOf(mapping, field), null, keywordSubField(field));
        }
        ObjectMapping object = mapping.objectByPath(name);
        if (object != null) {
            return ResolvedField.of(ResolvedField.Status.MAPPED, object.typeName());
        }
        return unmapped(mapping, name);
    }

    private static String typeOf(IndexMapping mapping, Mapper field) {
        if (field instanceof AliasMapping alias) {
            Mapper target = mapping.fieldByPath(alias.target());
            return target == null ? alias.typeName() : target.typeName();
        }
        return field.typeName();
    }

    /** A name below a concrete field (a missing sub-field), a disabled object, or a dynamic template. */
    private static ResolvedField unmapped(IndexMapping mapping, String name) {
        for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
            String prefix = name.substring(0, dot);
            if (mapping.fieldByPath(prefix) instanceof FieldMapping) {
                return new ResolvedField(ResolvedField.Status.SUBFIELD_MISSING, null, prefix, null);
            }
            if (mapping.objectByPath(prefix) != null) {
                return belowObject(mapping, name, prefix);
            }
        }
        return belowObject(mapping, name, "");
    }

    private static ResolvedField belowObject(IndexMapping mapping, String name, String objectPath) {
        // OpenSearch ObjectMapper: enabled:false keeps the content in _source without parsing it
        String disabled = disabledAncestor(mapping, objectPath);
        if (disabled != null) {
            return new ResolvedField(ResolvedField.Status.UNPARSED, null, disabled, null);
        }
        Dynamic dynamic = effectiveDynamic(mapping, objectPath);
        if (dynamic == Dynamic.FALSE || dynamic == Dynamic.STRICT) {
            return ResolvedField.of(ResolvedField.Status.MISSING, null); // dynamic templates do not apply
        }
        ResolvedField subField = dynamicSubField(mapping, name, objectPath);
        if (subField != null) {
            return subField;
        }
        Mapper built = dynamicField(mapping, name);
        return built == null ? ResolvedField.of(ResolvedField.Status.MISSING, null)
                : new ResolvedField(ResolvedField.Status.DYNAMIC, built.typeName(), null, keywordSubField(built));
    }

    /**
     * {@code a.b.keyword} where a template maps {@code a.b} to a concrete field: a concrete field has no
     * children, so the last part can only name one of its multi-fields.
     */
    private static ResolvedField dynamicSubField(IndexMapping mapping, String name, String objectPath) {
        String parent = parentOf(name);
        if (parent.length() <= objectPath.length() || !(dynamicField(mapping, parent) instanceof FieldMapping field)) {
            return null;
        }
        String leaf = name.substring(parent.length() + 1);
        for (FieldMapping sub : field.multiFields()) {
            if (sub.name().equals(leaf)) {
                return ResolvedField.of(ResolvedField.Status.DYNAMIC, sub.typeName());
            }
        }
        return new ResolvedField(ResolvedField.Status.SUBFIELD_MISSING, null, parent, null);
    }

    /** The mapper the first dynamic template that applies would create for {@code path}, or null. */
    private static Mapper dynamicField(IndexMapping mapping, String path) {
        String leaf = path.substring(path.lastIndexOf('.') + 1);
        for (DynamicTemplate.ValueKind kind : VALUE_KINDS) {
            DynamicTemplate template = mapping.findTemplate(path, leaf, kind);
            if (template != null) {
                return mapping.instantiate(template, leaf, path, kind, null).mapper();
            }
        }
        return null;
    }

    private static String keywordSubField(Mapper field) {
        if (field instanceof FieldMapping concrete) {
            for (FieldMapping sub : concrete.multiFields()) {
                if (sub.typeName().equals("keyword")) {
                    return sub.path();
                }
            }
        }
        return null;
    }

    private static String disabledAncestor(IndexMapping mapping, String objectPath) {
        for (String path = objectPath; !path.isEmpty(); path = parentOf(path)) {
            ObjectMapping object = mapping.objectByPath(path);
            if (object != null && !object.enabled()) {
                return path;
            }
        }
        return null;
    }

    /** The dynamic setting in force for new fields of the object at {@code objectPath} (inherited upwards). */
    private static Dynamic effectiveDynamic(IndexMapping mapping, String objectPath) {
        for (String path = objectPath; !path.isEmpty(); path = parentOf(path)) {
            ObjectMapping object = mapping.objectByPath(path);
            if (object != null && object.dynamic() != null) {
                return object.dynamic();
            }
        }
        Dynamic root = mapping.root().dynamic();
        return root == null ? Dynamic.TRUE : root;
    }

    private static String parentOf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    private static ResolvedField wildcard(IndexMapping mapping, String pattern) {
        for (String path : mapping.fields().keySet()) {
            if (IndexPatterns.globsIntersect(pattern, path)) {
                return ResolvedField.of(ResolvedField.Status.WILDCARD, null);
            }
        }
        return ResolvedField.of(ResolvedField.Status.MISSING, null);
    }
}
