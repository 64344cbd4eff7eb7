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

    /** Marks a metadata field found where getMapper looks first (full path _id, _source, ...). */
    private static final Object METADATA = new Object();
    /** Marks a key already dealt with: it crosses a nested object through dots, or is a metadata field. */
    private static final Object HANDLED = new Object();

    private final IndexMapping mapping;
    private final Reporter reporter;
    private final FieldChecks fields;
    private final DynamicFields dynamicFields;
    private final DynamicValues dynamicValues;
    private final DynamicRules dynamic;
    private final PathStack path = new PathStack();
    private final int[] hashScratch = new int[DuplicateKeys.SMALL];
    private final long depthLimit;
    private int objectDepth;
    private int arrayDepth;
    private int nestedObjects;
    private boolean nestedObjectsReported;
    // true while the value being parsed is an element of an array (not a value inside such an element)
    private boolean arrayElement;

    DocumentWalk(IndexMapping mapping, Reporter reporter) {
        this.mapping = mapping;
        this.reporter = reporter;
        this.dynamicFields = new DynamicFields(mapping, reporter);
        this.dynamicValues = new DynamicValues(mapping);
        this.dynamic = new DynamicRules(mapping, reporter, dynamicFields, path);
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
        fields.finish();
    }

    // DocumentParser.innerParseObject
    private void parseObjectBody(JsonValue object, ObjectMapping mapper) {
        objectDepth++;
        boolean wasElement = arrayElement;
        arrayElement = false;
        try {
            if (objectDepth > depthLimit) {
                reporter.report(MappingRules.LIMIT, object, path.current(), "the document nests objects "
                        + objectDepth + " deep, more than the limit of [" + depthLimit + "] (index.mapping.depth.limit)",
                        "depth <= " + depthLimit);
                return;
            }
            DuplicateKeys.checkMembers(object, reporter, path, hashScratch);
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
            reporter.reportKey(MappingRules.INVALID_FIELD_NAME, member, path.pathOf(name),
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
        if (!dynamic.resolveParent(mapper, name, parts, value)) {
            return;
        }
        ObjectMapping parent = dynamic.parent();
        int added = dynamic.pushed();
        Dynamic setting = dynamic.dynamicOf(parent);
        if (setting == Dynamic.STRICT) {
            dynamic.reportStrict(parent, leaf, value);
        } else if (setting == Dynamic.FALSE) {
            dynamic.reportDropped(path.pathOf(leaf), value);
        } else {
            String fullPath = path.pathOf(leaf);
            DynamicMapping created = newObjectMapper(leaf, fullPath, setting, parent, value);
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
    private DynamicMapping newObjectMapper(String leaf, String fullPath, Dynamic setting, ObjectMapping parent,
                                           JsonValue value) {
        DynamicTemplate template = mapping.findTemplate(fullPath, leaf, DynamicTemplate.ValueKind.OBJECT);
        if (template != null) {
            return mapping.instantiate(template, leaf, fullPath, DynamicTemplate.ValueKind.OBJECT, null);
        }
        if (setting == Dynamic.STRICT_ALLOW_TEMPLATES) {
            dynamic.reportStrict(parent, leaf, value);
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
        if (!dynamic.resolveParent(mapper, name, parts, array)) {
            return;
        }
        ObjectMapping parent = dynamic.parent();
        int added = dynamic.pushed();
        Dynamic setting = dynamic.dynamicOf(parent);
        if (setting == Dynamic.STRICT) {
            dynamic.reportStrict(parent, leaf, array);
        } else if (setting == Dynamic.FALSE) {
            parseArrayElements(parent, leaf, null, array);
        } else {
            // arrays are matched against templates as objects (XContentFieldType.OBJECT)
            String fullPath = path.pathOf(leaf);
            DynamicTemplate template = mapping.findTemplate(fullPath, leaf, DynamicTemplate.ValueKind.OBJECT);
            if (template == null) {
                if (setting == Dynamic.STRICT_ALLOW_TEMPLATES) {
                    dynamic.reportStrict(parent, leaf, array);
                } else {
                    parseArrayElements(parent, leaf, null, array);
                }
            } else {
                DynamicMapping created = mapping.instantiate(template, leaf, fullPath,
                        DynamicTemplate.ValueKind.OBJECT, null);
                Mapper arrayMapper = created.mapper();
                if (arrayMapper instanceof FieldMapping && ((FieldMapping) arrayMapper).type().parsesArrays()) {
                    if (dynamicFields.add(fullPath, arrayMapper, created.signature(), array)
                            != DynamicFields.Added.REJECTED) {
                        fields.parseField((FieldMapping) arrayMapper, array, true);
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
        if (!dynamic.resolveParent(mapper, name, parts, value)) {
            return;
        }
        int added = dynamic.pushed();
        parseDynamicValue(dynamic.parent(), leaf, value);
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
            dynamic.reportStrict(mapper, name, value);
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
        Dynamic setting = dynamic.dynamicOf(parent);
        if (setting == Dynamic.STRICT) {
            dynamic.reportStrict(parent, leaf, value);
            return;
        }
        String fullPath = path.pathOf(leaf);
        if (setting == Dynamic.FALSE) {
            dynamic.reportDropped(fullPath, value);
            return;
        }
        DynamicMapping created = dynamicValues.mapperFor(leaf, fullPath, value, setting);
        if (created == null) {
            dynamic.reportStrict(parent, leaf, value);
            return;
        }
        DynamicFields.Added added = dynamicFields.add(fullPath, created.mapper(), created.signature(), value);
        if (added == DynamicFields.Added.REJECTED) {
            return;
        }
        // a field a dynamic template maps is anticipated by the mapping; only OpenSearch's guesses are reported
        if (added == DynamicFields.Added.NEW && created.mapper() instanceof FieldMapping
                && ((FieldMapping) created.mapper()).dynamicDefault()) {
            reporter.report(MappingRules.UNMAPPED_FIELD, value, fullPath, "field [" + fullPath + "] is not in the "
                    + "mapping; OpenSearch adds it as [" + created.mapper().typeName() + "]", "a mapped field");
        }
        parseObjectOrField(created.mapper(), value);
    }

    /**
     * Parses a value copied to an unmapped field (DocumentParser.parseCopy): the target path is
     * resolved from the root, whatever object the source field is in.
     */
    void parseCopyToNewField(String target, String[] parts, JsonValue value) {
        PathStack saved = path.detach();
        try {
            if (dynamic.resolveParent(mapping.root(), target, parts, value)) {
                parseDynamicValue(dynamic.parent(), FieldNames.leaf(target, parts), value);
            }
        } finally {
            path.restore(saved);
        }
    }
}
