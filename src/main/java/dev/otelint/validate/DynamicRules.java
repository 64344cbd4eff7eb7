package dev.otelint.validate;

import dev.otelint.records.JsonValue;
import dev.otelint.validate.mapping.Dynamic;
import dev.otelint.validate.mapping.DynamicMapping;
import dev.otelint.validate.mapping.DynamicTemplate;
import dev.otelint.validate.mapping.IndexMapping;
import dev.otelint.validate.mapping.ObjectMapping;

/**
 * Which object's dynamic setting applies to an unmapped key, and the intermediate objects a
 * dotted unmapped key creates (DocumentParser.dynamicOrDefault and getDynamicParentMapper).
 */
final class DynamicRules {

    private final IndexMapping mapping;
    private final Reporter reporter;
    private final DynamicFields dynamicFields;
    private final PathStack path;
    // the result of the last resolveParent: how many parts it pushed and the object it ended in
    private int pushed;
    private ObjectMapping parent;

    DynamicRules(IndexMapping mapping, Reporter reporter, DynamicFields dynamicFields, PathStack path) {
        this.mapping = mapping;
        this.reporter = reporter;
        this.dynamicFields = dynamicFields;
        this.path = path;
    }

    /** How many path parts the last successful {@link #resolveParent} pushed. */
    int pushed() {
        return pushed;
    }

    /** The object the last successful {@link #resolveParent} ended in: the new field's parent. */
    ObjectMapping parent() {
        return parent;
    }

    /**
     * Walks the dotted parts of an unmapped key below {@code current}, creating the missing
     * intermediate objects as the dynamic rules allow, and leaves the parts it entered on the
     * path. Returns false (after reporting, with nothing pushed) when the key cannot be added.
     */
    boolean resolveParent(ObjectMapping current, String name, String[] parts, JsonValue at) {
        pushed = 0;
        parent = current;
        if (parts == null) {
            return true;
        }
        for (int i = 0; i < parts.length - 1; i++) {
            String currentPath = path.pathOf(parts[i]);
            String leafType = mapping.leafTypeAt(currentPath);
            if (leafType != null) {
                reporter.report(MappingRules.OBJECT_CONFLICT, at, path.pathOf(name), "could not add field ["
                        + String.join(".", parts) + "]: [" + currentPath + "] is mapped as [" + leafType
                        + "], not as an object", "an object at [" + currentPath + "]");
                return undo();
            }
            ObjectMapping object = mapping.objectByPath(currentPath);
            if (object == null) {
                Dynamic dynamic = dynamicOf(parent);
                if (dynamic == Dynamic.FALSE) {
                    break; // the rest of the key lands under a dynamic:false object: ignored
                }
                if (dynamic == Dynamic.STRICT) {
                    reportStrict(parent, parts[i], at);
                    return undo();
                }
                object = newIntermediate(parts[i], currentPath, name, dynamic, at);
                if (object == null) {
                    return undo();
                }
            }
            path.push(parts[i]);
            pushed++;
            parent = object;
        }
        return true;
    }

    private boolean undo() {
        path.pop(pushed);
        pushed = 0;
        return false;
    }

    private ObjectMapping newIntermediate(String part, String fullPath, String key, Dynamic dynamic, JsonValue at) {
        DynamicTemplate template = mapping.findTemplate(fullPath, part, DynamicTemplate.ValueKind.OBJECT);
        DynamicMapping created;
        if (template != null) {
            created = mapping.instantiate(template, part, fullPath, DynamicTemplate.ValueKind.OBJECT, null);
        } else if (dynamic == Dynamic.STRICT_ALLOW_TEMPLATES) {
            reporter.report(MappingRules.STRICT_DYNAMIC, at, fullPath, "[" + fullPath + "] is not mapped and no "
                    + "dynamic template applies (dynamic: strict_allow_templates)", "a mapped field");
            return null;
        } else {
            created = mapping.defaultDynamicObject(part, fullPath);
        }
        if (!(created.mapper() instanceof ObjectMapping)) {
            // upstream casts the template's mapper to an object mapper and fails
            reporter.report(MappingRules.OBJECT_CONFLICT, at, fullPath, "the dotted key [" + key + "] needs [" + fullPath
                    + "] to be an object, but dynamic template [" + template.name() + "] maps it as ["
                    + created.mapper().typeName() + "] (OpenSearch fails to cast it); give the template a "
                    + "match_mapping_type or nest the key", "an object at [" + fullPath + "]");
            return null;
        }
        ObjectMapping object = (ObjectMapping) created.mapper();
        if (object.nested()) {
            reporter.report(MappingRules.OBJECT_CONFLICT, at, fullPath, "it is forbidden to create dynamic nested "
                    + "objects ([" + fullPath + "]) through dots in field names", "an object at [" + fullPath + "]");
            return null;
        }
        return dynamicFields.add(fullPath, object, created.signature(), at) != DynamicFields.Added.REJECTED
                ? object : null;
    }

    /** DocumentParser.dynamicOrDefault: the nearest explicit setting up the mapped object path. */
    Dynamic dynamicOf(ObjectMapping object) {
        Dynamic dynamic = object.dynamic();
        ObjectMapping current = object;
        while (dynamic == null) {
            int dot = current.path().lastIndexOf('.');
            if (dot < 0) {
                break;
            }
            current = mapping.objectByPath(current.path().substring(0, dot));
            if (current == null) {
                return Dynamic.TRUE; // created dynamically, so its parent allowed it
            }
            dynamic = current.dynamic();
        }
        if (dynamic == null) {
            Dynamic root = mapping.root().dynamic();
            return root == null ? Dynamic.TRUE : root;
        }
        return dynamic;
    }

    void reportStrict(ObjectMapping owner, String name, JsonValue at) {
        String within = owner.path().isEmpty() ? "_doc" : owner.path();
        String fullPath = owner.path().isEmpty() ? name : owner.path() + "." + name;
        reporter.report(MappingRules.STRICT_DYNAMIC, at, fullPath, "field [" + name + "] is not in the mapping and ["
                + within + "] is dynamic: " + dynamicOf(owner).label() + "; OpenSearch rejects unmapped fields here",
                "a mapped field");
    }

    void reportDropped(String fullPath, JsonValue at) {
        reporter.report(MappingRules.DYNAMIC_DROPPED, at, fullPath, "field [" + fullPath + "] is not in the mapping "
                + "and its object is dynamic: false; it stays in _source but is not indexed or searchable",
                "a mapped field");
        DuplicateKeys.check(at, reporter, fullPath);
    }
}
