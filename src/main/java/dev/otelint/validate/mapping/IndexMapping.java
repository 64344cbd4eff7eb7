package dev.otelint.validate.mapping;

import dev.otelint.records.JsonValue;
import dev.otelint.validate.dates.DateFormat;
import dev.otelint.validate.values.BooleanValues;
import dev.otelint.validate.values.DateValues;
import dev.otelint.validate.values.NumberValues;
import dev.otelint.validate.values.StringValues;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mapping of an index created from the templates: the merged field tree, the dynamic mapping
 * rules (dynamic templates, date and numeric detection) and the index settings that limit it.
 * Immutable and thread-safe once loaded; mappings instantiated from dynamic templates are cached.
 */
public final class IndexMapping {

    /** Metadata fields that exist in every index; a document may not contain them at its root. */
    private static final Set<String> METADATA_FIELDS = Set.of("_id", "_source", "_index", "_routing",
            "_field_names", "_ignored", "_seq_no", "_primary_term", "_version", "_nested_path",
            "_data_stream_timestamp");
    private static final int TEMPLATE_CACHE_LIMIT = 50_000;

    private final ObjectMapping root;
    private final MappingSettings settings;
    private final List<DynamicTemplate> templates;
    private final boolean dateDetection;
    private final boolean numericDetection;
    private final List<DateFormat> dynamicDateFormats;
    private final String dataStreamTimestampField;
    private final Map<String, Mapper> fieldsByPath = new HashMap<>();
    private final Map<String, ObjectMapping> objectsByPath = new HashMap<>();
    private final java.util.Set<String> copyTargets = new java.util.HashSet<>();
    private final java.util.Set<String> copyTargetParents = new java.util.HashSet<>();
    private final int fieldCount;
    private final int nestedCount;
    private final Map<String, DynamicMapping> templateCache = new ConcurrentHashMap<>();
    private final Map<String, DynamicMapping> defaultCache = new ConcurrentHashMap<>();

    IndexMapping(ObjectMapping root, MappingSettings settings, List<DynamicTemplate> templates, boolean dateDetection,
                 boolean numericDetection, List<DateFormat> dynamicDateFormats, String dataStreamTimestampField) {
        this.root = root;
        this.settings = settings;
        this.templates = List.copyOf(templates);
        this.dateDetection = dateDetection;
        this.numericDetection = numericDetection;
        this.dynamicDateFormats = List.copyOf(dynamicDateFormats);
        this.dataStreamTimestampField = dataStreamTimestampField;
        int[] counts = new int[2];
        index(root, counts);
        this.fieldCount = counts[0];
        this.nestedCount = counts[1];
    }

    private void index(ObjectMapping object, int[] counts) {
        for (Mapper child : object.children()) {
            counts[0]++;
            if (child instanceof ObjectMapping) {
                ObjectMapping childObject = (ObjectMapping) child;
                objectsByPath.put(child.path(), childObject);
                if (childObject.nested()) {
                    counts[1]++;
                }
                index(childObject, counts);
            } else if (child instanceof FieldMapping) {
                indexField((FieldMapping) child, counts);
            } else {
                fieldsByPath.put(child.path(), child);
            }
        }
    }

    private void indexField(FieldMapping field, int[] counts) {
        fieldsByPath.put(field.path(), field);
        for (String target : field.copyTo()) {
            copyTargets.add(target);
            for (int dot = target.indexOf('.'); dot > 0; dot = target.indexOf('.', dot + 1)) {
                copyTargetParents.add(target.substring(0, dot));
            }
        }
        for (FieldMapping sub : field.multiFields()) {
            counts[0]++;
            indexField(sub, counts);
        }
    }

    public ObjectMapping root() {
        return root;
    }

    public MappingSettings settings() {
        return settings;
    }

    public List<DynamicTemplate> templates() {
        return templates;
    }

    public boolean dateDetection() {
        return dateDetection;
    }

    public boolean numericDetection() {
        return numericDetection;
    }

    /** The formats tried, in order, to detect dates in unmapped strings. */
    public List<DateFormat> dynamicDateFormats() {
        return dynamicDateFormats;
    }

    /** The field every document must hold exactly once when the template creates a data stream, else null. */
    public String dataStreamTimestampField() {
        return dataStreamTimestampField;
    }

    /** Mapped fields, multi-fields, objects and aliases, as counted against index.mapping.total_fields.limit. */
    public int fieldCount() {
        return fieldCount;
    }

    /** Nested mappings, as counted against index.mapping.nested_fields.limit. */
    public int nestedCount() {
        return nestedCount;
    }

    /** True when {@code path} names a metadata field (_id, _source, ...). */
    public boolean isMetadataField(String path) {
        return METADATA_FIELDS.contains(path);
    }

    /** A field, multi-field or alias by full path, or null. */
    public Mapper fieldByPath(String path) {
        return fieldsByPath.get(path);
    }

    /** The type name OpenSearch reports for a non-object at {@code path} (fields, aliases, metadata), or null. */
    public String leafTypeAt(String path) {
        Mapper field = fieldsByPath.get(path);
        if (field != null) {
            return field.typeName();
        }
        return METADATA_FIELDS.contains(path) ? path : null;
    }

    /** True when some field copies its values to {@code path} (copy_to), which may then not become an object. */
    public boolean isCopyTarget(String path) {
        return copyTargets.contains(path);
    }

    /** True when some copy_to target lies below {@code path}, which may then not become a field. */
    public boolean isCopyTargetParent(String path) {
        return copyTargetParents.contains(path);
    }

    /** An object mapping by full path, or null. */
    public ObjectMapping objectByPath(String path) {
        return objectsByPath.get(path);
    }

    /** Every concrete field and multi-field, for listings. */
    public Map<String, Mapper> fields() {
        return Collections.unmodifiableMap(fieldsByPath);
    }

    /** The first dynamic template that applies to a new field, or null. */
    public DynamicTemplate findTemplate(String fullPath, String name, DynamicTemplate.ValueKind kind) {
        for (int i = 0; i < templates.size(); i++) {
            DynamicTemplate template = templates.get(i);
            if (template.matches(fullPath, name, kind)) {
                return template;
            }
        }
        return null;
    }

    /** The mapper a dynamic template creates for a new field (an object or a concrete field). */
    public DynamicMapping instantiate(DynamicTemplate template, String name, String path,
                                      DynamicTemplate.ValueKind kind, DateFormat detectedDate) {
        String key = templates.indexOf(template) + "\u0000" + kind + "\u0000" + path + "\u0000"
                + (detectedDate == null ? "" : detectedDate.pattern());
        DynamicMapping cached = templateCache.get(key);
        if (cached != null) {
            return cached;
        }
        String typeName = TemplateMappings.typeName(template, kind);
        JsonValue definition = TemplateMappings.substitute(template.mapping(), name, kind.defaultMappingType());
        JsonValue typed = TemplateMappings.withType(definition, typeName, detectedDate == null ? null
                : detectedDate.pattern());
        Mapper built = new MappingParser(template.file(), settings, true).parseMapper(name, path, typed);
        // objects merge whatever their parameters; fields only when their definitions agree
        String signature = built instanceof ObjectMapping ? built.typeName() : built.typeName() + ":" + typed.toJson();
        DynamicMapping result = new DynamicMapping(built, signature);
        if (templateCache.size() < TEMPLATE_CACHE_LIMIT) {
            templateCache.put(key, result);
        }
        return result;
    }

    /** The object mapping OpenSearch adds for a new object when no template applies. */
    public DynamicMapping defaultDynamicObject(String name, String path) {
        return new DynamicMapping(ObjectMapping.dynamicObject(name, path, false, null), "object");
    }

    /** The field OpenSearch adds for a new value of {@code kind} when no template applies. */
    public DynamicMapping defaultDynamicField(String name, String path, DynamicTemplate.ValueKind kind,
                                              DateFormat detectedDate) {
        if (detectedDate == null) {
            // the same unmapped fields recur in every record: build their mappers once
            DynamicMapping cached = defaultCache.get(path);
            if (cached != null && cached.mapper().typeName().equals(defaultTypeName(kind))) {
                return cached;
            }
        }
        FieldMapping field = defaultField(name, path, kind, detectedDate);
        String signature = field.typeName() + (detectedDate == null ? "" : ":" + detectedDate.pattern());
        DynamicMapping created = new DynamicMapping(field, signature);
        if (detectedDate == null && defaultCache.size() < TEMPLATE_CACHE_LIMIT) {
            defaultCache.put(path, created);
        }
        return created;
    }

    private static String defaultTypeName(DynamicTemplate.ValueKind kind) {
        return kind == DynamicTemplate.ValueKind.STRING ? "text" : kind == DynamicTemplate.ValueKind.LONG ? "long"
                : kind == DynamicTemplate.ValueKind.DOUBLE ? "float" : kind.defaultMappingType();
    }

    private FieldMapping defaultField(String name, String path, DynamicTemplate.ValueKind kind,
                                            DateFormat detectedDate) {
        switch (kind) {
            case STRING: {
                // text with a keyword sub-field ignoring values above 256 characters
                FieldMapping keyword = new FieldMapping("keyword", path + ".keyword", "keyword",
                        new StringValues("keyword", 256, true), false, List.of(), List.of(), null, true);
                return new FieldMapping(name, path, "text", new StringValues("text", Integer.MAX_VALUE, false),
                        false, List.of(keyword), List.of(), null, true);
            }
            case LONG:
                return numeric(name, path, NumberValues.Kind.LONG);
            case DOUBLE:
                return numeric(name, path, NumberValues.Kind.FLOAT);
            case BOOLEAN:
                return new FieldMapping(name, path, "boolean", BooleanValues.INSTANCE, false, List.of(), List.of(),
                        null, true);
            case DATE:
                return new FieldMapping(name, path, "date", new DateValues(false, detectedDate),
                        settings.ignoreMalformed(), List.of(), List.of(), null, true);
            default:
                throw new IllegalArgumentException("no default dynamic mapping for " + kind);
        }
    }

    private FieldMapping numeric(String name, String path, NumberValues.Kind kind) {
        return new FieldMapping(name, path, kind.typeName(), new NumberValues(kind, settings.coerce()),
                settings.ignoreMalformed(), List.of(), List.of(), null, true);
    }
}
