package dev.otelint.validate;

import dev.otelint.records.JsonValue;
import dev.otelint.validate.mapping.AliasMapping;
import dev.otelint.validate.mapping.Dynamic;
import dev.otelint.validate.mapping.DynamicMapping;
import dev.otelint.validate.mapping.DynamicTemplate;
import dev.otelint.validate.mapping.FieldMapping;
import dev.otelint.validate.mapping.IndexMapping;
import dev.otelint.validate.mapping.Mapper;
import dev.otelint.validate.mapping.ObjectMapping;
import java.util.List;

/**
 * Walks one document the way OpenSearch's DocumentParser parses it: keys are split at dots and
 * resolved against the mapping, unmapped keys go through the dynamic rules of their object, and
 * each value is handed to its field's rules. Everything that would make OpenSearch reject the
 * document is reported as an error at the value that causes it; problems below a rejected value
 * are not reported again.
 */
final class DocumentWalk {

    private final IndexMapping mapping;
    private final Reporter reporter;
    private final FieldChecks fields;
    private final DynamicFields dynamicFields;
    private final DynamicValues dynamicValues;
    private final PathStack path = new PathStack();
    private final long depthLimit;
    private int objectDepth;
    private int arrayDepth;
    private int nestedObjects;
    private boolean nestedObjectsReported;
    // true while the value being parsed is an element of an array (not a value inside such an element)
    private boolean arrayElement;
    // the result of resolveDynamicParent: how many path parts it pushed and the object it ended in
    private int pushed;
    private ObjectMapping dynamicParent;

    DocumentWalk(IndexMapping mapping, Reporter reporter) {
        this.mapping = mapping;
        this.reporter = reporter;
        this.dynamicFields = new DynamicFields(mapping, reporter);
        this.dynamicValues = new DynamicValues(mapping);
        this.fields = new FieldChecks(mapping, reporter, this);
        this.depthLimit = mapping.settings().depthLimit();
    }

    void walk(JsonValue document) {
        ObjectMapping root = mapping.root();
        if (!root.enabled()) {
            DuplicateKeys.check(document, reporter, "");
        } else if (!document.members().isEmpty()) {
            parseObjectBody(document, root);
        }
        fields.finish(document);
    }

    // DocumentParser.innerParseObject
    private void parseObjectBody(JsonValue object, ObjectMapping mapper) {
        objectDepth++;
        boolean wasElement = arrayElement;
        arrayElement = false;
        try {
            if (objectDepth > depthLimit) {
                reporter.report(MappingRules.LIMIT, object, displayPath(), "the document nests objects "
                        + objectDepth + " deep, more than the limit of [" + depthLimit + "] (index.mapping.depth.limit)",
                        "depth <= " + depthLimit);
                return;
            }
            DuplicateKeys.checkMembers(object, reporter, path);
            List<JsonValue.Member> members = object.members();
            for (int i = 0; i < members.size(); i++) {
                parseMember(mapper, members.get(i));
            }
        } finally {
            objectDepth--;
            arrayElement = wasElement;
        }
    }

    private void parseMember(ObjectMapping mapper, JsonValue.Member member) {
        String name = member.name();
        String[] parts = FieldNames.split(name);
        if (parts == FieldNames.INVALID) {
            reporter.report(MappingRules.INVALID_FIELD_NAME, member.value(), path.pathOf(name),
                    FieldNames.problem(name), "a non-empty field name without empty parts between dots");
            return;
        }
        if (parts != null && containsDisabledObject(mapper, parts)) {
            DuplicateKeys.check(member.value(), reporter, path.pathOf(name));
            return;
        }
        dispatch(mapper, name, parts, member.value());
    }

    private void dispatch(ObjectMapping mapper, String name, String[] parts, JsonValue value) {
        switch (value.kind()) {
            case OBJECT -> parseObject(mapper, name, parts, value);
            case ARRAY -> parseArray(mapper, name, parts, value);
            case NULL -> parseNull(mapper, name, parts, value);
            default -> parseValue(mapper, name, parts, value);
        }
    }

    private static boolean containsDisabledObject(ObjectMapping mapper, String[] parts) {
        ObjectMapping current = mapper;
        for (int i = 0; i < parts.length - 1; i++) {
            Mapper child = current.child(parts[i]);
            if (!(child instanceof ObjectMapping)) {
                return false;
            }
            current = (ObjectMapping) child;
            if (!current.enabled()) {
                return true;
            }
        }
        return false;
    }

    /** Marks a metadata field found where getMapper looks first (full path _id, _source, ...). */
    private static final Object METADATA = new Object();
    /** Marks a key already dealt with: it crosses a nested object through dots, or is a metadata field. */
    private static final Object HANDLED = new Object();

    // DocumentParser.getMapper: metadata fields first, then the dotted parts through object mappings
    private Object lookup(ObjectMapping mapper, String name, String[] parts, JsonValue at) {
        if (path.isEmpty() && mapping.isMetadataField(name)) {
            return METADATA;
        }
        if (parts == null) {
            return mapper.child(name);
        }
        ObjectMapping current = mapper;
        for (int i = 0; i < parts.length - 1; i++) {
            Mapper child = current.child(parts[i]);
            if (!(child instanceof ObjectMapping)) {
                return null;
            }
            current = (ObjectMapping) child;
            if (current.nested()) {
                reporter.report(MappingRules.OBJECT_CONFLICT, at, path.pathOf(name), "cannot add a value for field ["
                        + name + "] since one of the intermediate objects is mapped as a nested object: ["
                        + current.path() + "]", "an object under [" + current.path() + "]");
                return HANDLED;
            }
        }
        return current.child(parts[parts.length - 1]);
    }

    /** {@link #lookup} for one value: a metadata field is reported and comes back as HANDLED. */
    private Object lookupValue(ObjectMapping mapper, String name, String[] parts, JsonValue value) {
        Object found = lookup(mapper, name, parts, value);
        if (found == METADATA) {
            if (mapping.settings().ignoreMalformed()) {
                // the metadata mapper's failure is a field parse failure, which the index setting swallows
                reporter.report(MappingRules.IGNORED_MALFORMED, value, name, "metadata field [" + name + "] in the "
                        + "document is dropped because of index.mapping.ignore_malformed", "no " + name + " field");
            } else {
                reporter.report(MappingRules.METADATA_FIELD, value, name, "field [" + name + "] is a metadata field and "
                        + "cannot be added inside a document; use the index API request parameters", "no " + name
                        + " field");
            }
            return HANDLED;
        }
        return found;
    }

    // DocumentParser.parseObject
    private void parseObject(ObjectMapping mapper, String name, String[] parts, JsonValue value) {
        Object found = lookupValue(mapper, name, parts, value);
        if (found == HANDLED) {
            return;
        }
        if (found != null) {
            path.push(name);
            parseObjectOrField(found, value);
            path.pop();
            return;
        }
        String leaf = FieldNames.leaf(name, parts);
        if (!resolveDynamicParent(mapper, name, parts, value)) {
            return;
        }
        ObjectMapping parent = dynamicParent;
        int added = pushed;
        Dynamic dynamic = dynamicOf(parent);
        if (dynamic == Dynamic.STRICT) {
            reportStrict(parent, leaf, value);
        } else if (dynamic == Dynamic.FALSE) {
            reportDropped(path.pathOf(leaf), value);
        } else {
            String fullPath = path.pathOf(leaf);
            DynamicMapping created = newObjectMapper(leaf, fullPath, dynamic, parent, value);
            if (created != null && dynamicFields.add(fullPath, created.mapper(), created.signature(), value)
                    != DynamicFields.Added.REJECTED) {
                path.push(leaf);
                parseObjectOrField(created.mapper(), value);
                path.pop();
            }
        }
        path.pop(added);
    }

    /** The mapper for a new object: a template's, or a plain dynamic object; null when strict forbids it. */
    private DynamicMapping newObjectMapper(String leaf, String fullPath, Dynamic dynamic, ObjectMapping parent,
                                           JsonValue value) {
        DynamicTemplate template = mapping.findTemplate(fullPath, leaf, DynamicTemplate.ValueKind.OBJECT);
        if (template != null) {
            return mapping.instantiate(template, leaf, fullPath, DynamicTemplate.ValueKind.OBJECT, null);
        }
        if (dynamic == Dynamic.STRICT_ALLOW_TEMPLATES) {
            reportStrict(parent, leaf, value);
            return null;
        }
        return mapping.defaultDynamicObject(leaf, fullPath);
    }

    // DocumentParser.parseArray
    private void parseArray(ObjectMapping mapper, String name, String[] parts, JsonValue array) {
        arrayDepth++;
        try {
            if (arrayDepth > depthLimit) {
                reporter.report(MappingRules.LIMIT, array, path.pathOf(name), "arrays are nested " + arrayDepth
                        + " deep, more than the limit of [" + depthLimit + "] (index.mapping.depth.limit)",
                        "array depth <= " + depthLimit);
                return;
            }
            Object found = lookup(mapper, name, parts, array);
            if (found == HANDLED) {
                return;
            }
            if (found == METADATA) {
                parseArrayElements(mapper, name, parts, array);
                return;
            }
            if (found != null) {
                if (found instanceof FieldMapping && ((FieldMapping) found).type().parsesArrays()) {
                    parseObjectOrField(found, array);
                } else {
                    parseArrayElements(mapper, name, parts, array);
                }
                return;
            }
            parseUnmappedArray(mapper, name, parts, array);
        } finally {
            arrayDepth--;
        }
    }

    private void parseUnmappedArray(ObjectMapping mapper, String name, String[] parts, JsonValue array) {
        String leaf = FieldNames.leaf(name, parts);
        if (!resolveDynamicParent(mapper, name, parts, array)) {
            return;
        }
        ObjectMapping parent = dynamicParent;
        int added = pushed;
        Dynamic dynamic = dynamicOf(parent);
        if (dynamic == Dynamic.STRICT) {
            reportStrict(parent, leaf, array);
        } else if (dynamic == Dynamic.FALSE) {
            parseArrayElements(parent, leaf, null, array);
        } else {
            // arrays are matched against templates as objects (XContentFieldType.OBJECT)
            String fullPath = path.pathOf(leaf);
            DynamicTemplate template = mapping.findTemplate(fullPath, leaf, DynamicTemplate.ValueKind.OBJECT);
            if (template == null) {
                if (dynamic == Dynamic.STRICT_ALLOW_TEMPLATES) {
                    reportStrict(parent, leaf, array);
                } else {
                    parseArrayElements(parent, leaf, null, array);
                }
            } else {
                DynamicMapping created = mapping.instantiate(template, leaf, fullPath,
                        DynamicTemplate.ValueKind.OBJECT, null);
                Mapper mapper2 = created.mapper();
                if (mapper2 instanceof FieldMapping && ((FieldMapping) mapper2).type().parsesArrays()) {
                    if (dynamicFields.add(fullPath, mapper2, created.signature(), array)
                            != DynamicFields.Added.REJECTED) {
                        fields.parseField((FieldMapping) mapper2, array, true);
                    }
                } else {
                    parseArrayElements(parent, leaf, null, array);
                }
            }
        }
        path.pop(added);
    }

    // DocumentParser.parseNonDynamicArray: each element as if it were the field's value
    private void parseArrayElements(ObjectMapping mapper, String name, String[] parts, JsonValue array) {
        boolean wasElement = arrayElement;
        arrayElement = true;
        List<JsonValue> elements = array.elements();
        for (int i = 0; i < elements.size(); i++) {
            dispatch(mapper, name, parts, elements.get(i));
        }
        arrayElement = wasElement;
    }

    /** Whether the value being parsed is directly an element of an array. */
    boolean inArrayElement() {
        return arrayElement;
    }

    // DocumentParser.parseValue
    private void parseValue(ObjectMapping mapper, String name, String[] parts, JsonValue value) {
        Object found = lookupValue(mapper, name, parts, value);
        if (found == HANDLED) {
            return;
        }
        if (found != null) {
            parseObjectOrField(found, value);
            return;
        }
        String leaf = FieldNames.leaf(name, parts);
        if (!resolveDynamicParent(mapper, name, parts, value)) {
            return;
        }
        int added = pushed;
        parseDynamicValue(dynamicParent, leaf, value);
        path.pop(added);
    }

    // DocumentParser.parseNullValue: only the object's own dynamic setting is consulted
    private void parseNull(ObjectMapping mapper, String name, String[] parts, JsonValue value) {
        Object found = lookupValue(mapper, name, parts, value);
        if (found == HANDLED) {
            return;
        }
        if (found != null) {
            parseObjectOrField(found, value);
        } else if (mapper.dynamic() == Dynamic.STRICT || mapper.dynamic() == Dynamic.STRICT_ALLOW_TEMPLATES) {
            reportStrict(mapper, name, value);
        }
    }

    // DocumentParser.parseObjectOrField
    private void parseObjectOrField(Object mapper, JsonValue value) {
        if (mapper instanceof ObjectMapping) {
            parseObjectOrNested((ObjectMapping) mapper, value);
        } else if (mapper instanceof FieldMapping) {
            fields.parseField((FieldMapping) mapper, value, true);
        } else if (mapper instanceof AliasMapping) {
            AliasMapping alias = (AliasMapping) mapper;
            reporter.report(MappingRules.ALIAS_WRITE, value, alias.path(), "cannot write to field alias ["
                    + alias.path() + "]; write to [" + alias.target() + "] instead", alias.target());
        }
    }



    private void parseObjectOrNested(ObjectMapping object, JsonValue value) {
        if (!object.enabled()) {
            DuplicateKeys.check(value, reporter, object.path());
            return;
        }
        if (value.isNull()) {
            return;
        }
        if (!value.isObject()) {
            reporter.report(MappingRules.TYPE_MISMATCH, value, object.path(), "object mapping for [" + object.path()
                    + "] tried to parse a concrete value; [" + object.path() + "] is mapped as " + object.typeName(),
                    object.typeName());
            return;
        }
        if (object.nested() && ++nestedObjects > mapping.settings().nestedObjectsLimit() && !nestedObjectsReported) {
            nestedObjectsReported = true;
            reporter.report(MappingRules.LIMIT, value, object.path(), "the number of nested documents exceeds the "
                    + "limit of [" + mapping.settings().nestedObjectsLimit() + "] (index.mapping.nested_objects.limit)",
                    "at most " + mapping.settings().nestedObjectsLimit() + " nested objects");
            return;
        }
        parseObjectBody(value, object);
    }

    // DocumentParser.parseDynamicValue
    void parseDynamicValue(ObjectMapping parent, String leaf, JsonValue value) {
        Dynamic dynamic = dynamicOf(parent);
        if (dynamic == Dynamic.STRICT) {
            reportStrict(parent, leaf, value);
            return;
        }
        String fullPath = path.pathOf(leaf);
        if (dynamic == Dynamic.FALSE) {
            reportDropped(fullPath, value);
            return;
        }
        DynamicMapping created = dynamicValues.mapperFor(leaf, fullPath, value, dynamic);
        if (created == null) {
            reportStrict(parent, leaf, value);
            return;
        }
        DynamicFields.Added added = dynamicFields.add(fullPath, created.mapper(), created.signature(), value);
        if (added == DynamicFields.Added.REJECTED) {
            return;
        }
        if (added == DynamicFields.Added.NEW && created.mapper() instanceof FieldMapping) {
            reporter.report(MappingRules.UNMAPPED_FIELD, value, fullPath, "field [" + fullPath + "] is not in the "
                    + "mapping; OpenSearch adds it as [" + created.mapper().typeName() + "]", "a mapped field");
        }
        parseObjectOrField(created.mapper(), value);
    }

    /**
     * DocumentParser.getDynamicParentMapper: walks the dotted parts of an unmapped key, creating
     * the missing intermediate objects as the dynamic rules allow. Leaves the parts it entered on
     * the path ({@link #pushed}) and the object it ended in ({@link #dynamicParent}); returns false
     * (with nothing pushed) when it reported an error.
     */
    boolean resolveDynamicParent(ObjectMapping current, String name, String[] parts, JsonValue at) {
        pushed = 0;
        dynamicParent = current;
        if (parts == null) {
            return true;
        }
        ObjectMapping parent = current;
        for (int i = 0; i < parts.length - 1; i++) {
            String currentPath = path.pathOf(parts[i]);
            String leafType = mapping.leafTypeAt(currentPath);
            if (leafType != null) {
                reporter.report(MappingRules.OBJECT_CONFLICT, at, path.pathOf(name), "could not add field ["
                        + String.join(".", parts) + "]: [" + currentPath + "] is mapped as [" + leafType
                        + "], not as an object", "an object at [" + currentPath + "]");
                path.pop(pushed);
                return false;
            }
            ObjectMapping object = mapping.objectByPath(currentPath);
            if (object == null) {
                Dynamic dynamic = dynamicOf(parent);
                if (dynamic == Dynamic.FALSE) {
                    break;
                }
                object = dynamic == Dynamic.STRICT ? null : newIntermediate(parts[i], currentPath, dynamic, at);
                if (object == null) {
                    if (dynamic == Dynamic.STRICT) {
                        reportStrict(parent, parts[i], at);
                    }
                    path.pop(pushed);
                    return false;
                }
            }
            path.push(parts[i]);
            pushed++;
            parent = object;
        }
        dynamicParent = parent;
        return true;
    }

    private ObjectMapping newIntermediate(String part, String fullPath, Dynamic dynamic, JsonValue at) {
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
            reporter.report(MappingRules.OBJECT_CONFLICT, at, fullPath, "dynamic template [" + template.name()
                    + "] maps [" + fullPath + "] as [" + created.mapper().typeName() + "], but the key uses it as an "
                    + "object", "an object at [" + fullPath + "]");
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

    private void reportStrict(ObjectMapping parent, String name, JsonValue at) {
        String within = parent.path().isEmpty() ? "_doc" : parent.path();
        String fullPath = parent.path().isEmpty() ? name : parent.path() + "." + name;
        reporter.report(MappingRules.STRICT_DYNAMIC, at, fullPath, "field [" + name + "] is not in the mapping and ["
                + within + "] is dynamic: " + dynamicOf(parent).label() + "; OpenSearch rejects unmapped fields here",
                "a mapped field");
    }

    private void reportDropped(String fullPath, JsonValue at) {
        reporter.report(MappingRules.DYNAMIC_DROPPED, at, fullPath, "field [" + fullPath + "] is not in the mapping "
                + "and its object is dynamic: false; it stays in _source but is not indexed or searchable",
                "a mapped field");
        DuplicateKeys.check(at, reporter, fullPath);
    }

    /** The object {@link #resolveDynamicParent} ended in. */
    ObjectMapping dynamicParentOf() {
        return dynamicParent;
    }

    /** Resolves copy_to targets from the root, as OpenSearch does. */
    PathStack detachPath() {
        return path.detach();
    }

    void restorePath(PathStack saved) {
        path.restore(saved);
    }

    private String displayPath() {
        return path.current();
    }
}
