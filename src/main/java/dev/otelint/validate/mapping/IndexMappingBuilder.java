package dev.otelint.validate.mapping;

import dev.otelint.records.JsonValue;
import dev.otelint.validate.dates.DateFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the mapping of an index created from templates, merging them in OpenSearch's order:
 * component templates in composed_of order, then the index template itself. Later settings win;
 * objects merge recursively; a later field definition replaces an earlier one; dynamic templates
 * merge by name. Then the limits that would fail index creation are checked.
 */
public final class IndexMappingBuilder {

    private static final List<String> DEFAULT_DYNAMIC_DATE_FORMATS = List.of(
            "strict_date_optional_time||epoch_millis", "yyyy/MM/dd HH:mm:ss||yyyy/MM/dd||epoch_millis");

    /** The longest metadata field name every index has. */
    private static final String LONGEST_METADATA_NAME = "_data_stream_timestamp";

    private IndexMappingBuilder() {}

    /** Merges {@code templates} in the given order (the index template last). */
    public static IndexMapping build(List<TemplateFile> templates) {
        Map<String, MappingSettings.SettingValue> flat = MappingSettings.newFlatMap();
        for (TemplateFile template : templates) {
            JsonValue settings = template.settings();
            if (settings != null) {
                MappingSettings.flatten(template.name(), settings, flat);
            }
        }
        MappingSettings settings = MappingSettings.from(flat);

        MappingParser.Root merged = null;
        Map<String, DynamicTemplate> dynamicTemplates = new LinkedHashMap<>();
        Boolean dateDetection = null;
        Boolean numericDetection = null;
        JsonValue dateFormats = null;
        String dateFormatsFile = null;
        for (TemplateFile template : templates) {
            MappingParser.Root root = new MappingParser(template.name(), settings).parseRoot(template.mappings());
            if (merged == null) {
                merged = root;
            } else {
                merged.object.merge(root.object);
            }
            for (DynamicTemplate dynamicTemplate : root.templates) {
                dynamicTemplates.put(dynamicTemplate.name(), dynamicTemplate);
            }
            dateDetection = root.dateDetection != null ? root.dateDetection : dateDetection;
            numericDetection = root.numericDetection != null ? root.numericDetection : numericDetection;
            if (root.dynamicDateFormats != null) {
                dateFormats = root.dynamicDateFormats;
                dateFormatsFile = root.dynamicDateFormatsFile;
            }
        }
        if (merged == null) {
            throw new IllegalArgumentException("no templates to build a mapping from");
        }
        TemplateFile indexTemplate = templates.get(templates.size() - 1);
        String timestamp = dataStreamTimestamp(indexTemplate);
        if (timestamp != null) {
            addTimestampField(merged.object, timestamp, indexTemplate, settings);
        }
        checkAliases(merged.object, merged.object);
        checkCopyTo(merged.object, merged.object, null);
        IndexMapping mapping = new IndexMapping(merged.object, settings, new ArrayList<>(dynamicTemplates.values()),
                dateDetection == null || dateDetection, numericDetection != null && numericDetection,
                dynamicDateFormats(dateFormats, dateFormatsFile), timestamp);
        checkLimits(mapping);
        return mapping;
    }

    private static String dataStreamTimestamp(TemplateFile indexTemplate) {
        JsonValue dataStream = indexTemplate.dataStream();
        if (dataStream == null) {
            return null;
        }
        JsonValue field = dataStream.get("timestamp_field");
        JsonValue name = field == null ? null : field.get("name");
        return name != null && name.isString() ? name.text() : "@timestamp";
    }

    /** A data stream maps its timestamp field as a date when no template does (DataStreamFieldMapper). */
    private static void addTimestampField(ObjectMapping root, String path, TemplateFile template,
                                          MappingSettings settings) {
        ObjectMapping owner = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            Mapper child = owner.child(parts[i]);
            if (!(child instanceof ObjectMapping)) {
                return; // OpenSearch reports the conflict when the data stream is created
            }
            owner = (ObjectMapping) child;
        }
        if (owner.child(parts[parts.length - 1]) == null) {
            JsonValue definition = JsonValue.object(List.of(), 1, 1);
            owner.put(new FieldFactory(template.name(), settings).create(parts[parts.length - 1], path, "date",
                    definition, false));
        }
    }

    private static List<DateFormat> dynamicDateFormats(JsonValue formats, String file) {
        List<DateFormat> result = new ArrayList<>();
        if (formats == null) {
            for (String pattern : DEFAULT_DYNAMIC_DATE_FORMATS) {
                result.add(DateFormat.of(pattern));
            }
            return result;
        }
        List<JsonValue> entries = formats.isArray() ? formats.elements() : List.of(formats);
        for (JsonValue entry : entries) {
            if (!entry.isString()) {
                throw Source.of(file, entry).error("dynamic_date_formats entries must be strings");
            }
            try {
                result.add(DateFormat.of(entry.text()));
            } catch (IllegalArgumentException e) {
                throw Source.of(file, entry).error("invalid dynamic date format: " + e.getMessage());
            }
        }
        return result;
    }

    /** FieldAliasMapper: an alias must point at an existing concrete field, not an object or another alias. */
    private static void checkAliases(ObjectMapping root, ObjectMapping object) {
        for (Mapper child : object.children()) {
            if (child instanceof ObjectMapping) {
                checkAliases(root, (ObjectMapping) child);
            } else if (child instanceof AliasMapping) {
                AliasMapping alias = (AliasMapping) child;
                Mapper target = find(root, alias.target());
                if (target == null) {
                    throw alias.source().error("invalid [path] value [" + alias.target() + "] for field alias ["
                            + alias.path() + "]: an alias must refer to an existing field in the mappings");
                }
                if (!(target instanceof FieldMapping)) {
                    throw alias.source().error("invalid [path] value [" + alias.target() + "] for field alias ["
                            + alias.path() + "]: an alias must refer to a concrete field, not a " + target.typeName());
                }
            }
        }
    }

    /**
     * FieldMapper copy_to checks: a target may not be an object, and a value may only be copied
     * within its nested document or to one of its parents.
     */
    private static void checkCopyTo(ObjectMapping root, ObjectMapping object, String nestedScope) {
        for (Mapper child : object.children()) {
            if (child instanceof ObjectMapping) {
                ObjectMapping childObject = (ObjectMapping) child;
                checkCopyTo(root, childObject, childObject.nested() ? childObject.path() : nestedScope);
            } else if (child instanceof FieldMapping) {
                checkCopyTargets(root, (FieldMapping) child, nestedScope);
            }
        }
    }

    private static void checkCopyTargets(ObjectMapping root, FieldMapping field, String nestedScope) {
        for (String target : field.copyTo()) {
            Mapper mapper = find(root, target);
            if (mapper instanceof ObjectMapping) {
                throw field.source().error("cannot copy to field [" + target + "] since it is mapped as an object");
            }
            int dot = target.lastIndexOf('.');
            if (dot > 0 && find(root, target.substring(0, dot)) instanceof FieldMapping) {
                throw field.source().error("[copy_to] may not be used to copy to a multi-field: [" + target + "]");
            }
            String targetScope = nestedScopeOf(root, target);
            if (targetScope != null && (nestedScope == null || !(nestedScope.equals(targetScope)
                    || nestedScope.startsWith(targetScope + ".")))) {
                throw field.source().error("illegal combination of [copy_to] and [nested] mappings: [" + field.path()
                        + "] copies into nested object [" + targetScope + "], outside its own nested document");
            }
        }
    }

    /** The path of the innermost nested object on the way to {@code path}, or null. */
    private static String nestedScopeOf(ObjectMapping root, String path) {
        String scope = null;
        ObjectMapping owner = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            Mapper child = owner.child(parts[i]);
            if (!(child instanceof ObjectMapping)) {
                break;
            }
            owner = (ObjectMapping) child;
            if (owner.nested()) {
                scope = owner.path();
            }
        }
        return scope;
    }

    private static Mapper find(ObjectMapping root, String path) {
        ObjectMapping owner = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            Mapper child = owner.child(parts[i]);
            if (i == parts.length - 1 || child == null) {
                return child;
            }
            if (child instanceof FieldMapping) {
                return findMultiField((FieldMapping) child, parts, i + 1);
            }
            if (!(child instanceof ObjectMapping)) {
                return null;
            }
            owner = (ObjectMapping) child;
        }
        return null;
    }

    private static Mapper findMultiField(FieldMapping field, String[] parts, int from) {
        FieldMapping current = field;
        for (int i = from; i < parts.length; i++) {
            FieldMapping next = null;
            for (FieldMapping sub : current.multiFields()) {
                if (sub.name().equals(parts[i])) {
                    next = sub;
                }
            }
            if (next == null) {
                return null;
            }
            current = next;
        }
        return current;
    }

    /** MapperService: an index whose mapping already breaks a limit cannot be created. */
    private static void checkLimits(IndexMapping mapping) {
        MappingSettings settings = mapping.settings();
        Source where = mapping.root().source();
        if (mapping.fieldCount() > settings.totalFieldsLimit()) {
            throw where.error("the mapping has " + mapping.fieldCount() + " fields, more than the limit of total fields ["
                    + settings.totalFieldsLimit() + "] (index.mapping.total_fields.limit)");
        }
        if (mapping.nestedCount() > settings.nestedFieldsLimit()) {
            throw where.error("the mapping has " + mapping.nestedCount() + " nested fields, more than the limit ["
                    + settings.nestedFieldsLimit() + "] (index.mapping.nested_fields.limit)");
        }
        checkDepth(mapping.root(), 1, settings.depthLimit());
        checkNameLengths(mapping, where);
    }

    /** MapperService.checkFieldNameSoftLimit, which also covers the metadata fields of every index. */
    private static void checkNameLengths(IndexMapping mapping, Source where) {
        long limit = mapping.settings().fieldNameLengthLimit();
        if (limit >= Integer.MAX_VALUE) {
            return;
        }
        if (LONGEST_METADATA_NAME.length() > limit) {
            throw where.error("field name [" + LONGEST_METADATA_NAME + "] is longer than the limit of [" + limit
                    + "] characters (index.mapping.field_name_length.limit)");
        }
        for (Mapper field : mapping.fields().values()) {
            if (field.name().length() > limit) {
                throw field.source().error("field name [" + field.name() + "] is longer than the limit of [" + limit
                        + "] characters (index.mapping.field_name_length.limit)");
            }
        }
    }

    private static void checkDepth(ObjectMapping object, int depth, long limit) {
        for (Mapper child : object.children()) {
            if (child instanceof ObjectMapping) {
                if (depth + 1 > limit) {
                    throw child.source().error("limit of mapping depth [" + limit + "] has been exceeded due to object field ["
                            + child.path() + "] (index.mapping.depth.limit)");
                }
                checkDepth((ObjectMapping) child, depth + 1, limit);
            }
        }
    }
}
