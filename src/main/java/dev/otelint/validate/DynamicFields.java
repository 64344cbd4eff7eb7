package dev.otelint.validate;

import dev.otelint.records.JsonValue;
import dev.otelint.validate.mapping.FieldMapping;
import dev.otelint.validate.mapping.IndexMapping;
import dev.otelint.validate.mapping.MappingSettings;
import dev.otelint.validate.mapping.ObjectMapping;
import java.util.HashMap;
import java.util.Map;

/**
 * The mappers one document adds dynamically. OpenSearch builds a new mapper for every occurrence
 * of an unmapped field and merges them when the document is parsed, so two occurrences of the
 * same new field must agree ([1, "a"] makes a long and a text: rejected). The merged update must
 * also stay within the total fields, nested fields and mapping depth limits.
 */
final class DynamicFields {

    private final IndexMapping mapping;
    private final Reporter reporter;
    private Map<String, String> signatures;
    private int addedFields;
    private int addedNested;
    private boolean totalReported;
    private boolean nestedReported;

    DynamicFields(IndexMapping mapping, Reporter reporter) {
        this.mapping = mapping;
        this.reporter = reporter;
    }

    /** {@link #add} results. */
    enum Added { NEW, KNOWN, REJECTED }

    /**
     * Records a new mapper at {@code path}: NEW the first time, KNOWN when an equal mapper was added
     * before, REJECTED (after reporting) when it conflicts with an earlier one or breaks a limit.
     */
    Added add(String path, Object mapper, String signature, JsonValue at) {
        if (signatures == null) {
            signatures = new HashMap<>();
        }
        String existing = signatures.get(path);
        if (existing != null) {
            if (existing.equals(signature)) {
                return Added.KNOWN;
            }
            reportConflict(path, existing, signature, at);
            return Added.REJECTED;
        }
        signatures.put(path, signature);
        return count(path, mapper, at) ? Added.NEW : Added.REJECTED;
    }

    private boolean count(String path, Object mapper, JsonValue at) {
        MappingSettings settings = mapping.settings();
        String name = path.substring(path.lastIndexOf('.') + 1);
        if (name.length() > settings.fieldNameLengthLimit()) {
            reporter.report(MappingRules.LIMIT, at, path, "field name [" + name + "] is longer than the limit of ["
                    + settings.fieldNameLengthLimit() + "] characters (index.mapping.field_name_length.limit)",
                    "names of at most " + settings.fieldNameLengthLimit() + " characters");
            return false;
        }
        if (mapper instanceof ObjectMapping) {
            ObjectMapping object = (ObjectMapping) mapper;
            addedFields++;
            if (mapping.isCopyTarget(path)) {
                // the mapping update is refused: "Cannot copy to field [..] since it is mapped as an object"
                reporter.report(MappingRules.OBJECT_CONFLICT, at, path, "this document would make [" + path + "] an "
                        + "object, but a field copies its values to [" + path + "] (copy_to)", "a value at [" + path + "]");
                return false;
            }
            long depth = dots(path) + 2;
            if (depth > settings.depthLimit()) {
                reporter.report(MappingRules.LIMIT, at, path, "adding object [" + path + "] exceeds the limit of mapping "
                        + "depth [" + settings.depthLimit() + "] (index.mapping.depth.limit)", "depth <= "
                        + settings.depthLimit());
                return false;
            }
            if (object.nested()) {
                addedNested++;
                if (mapping.nestedCount() + addedNested > settings.nestedFieldsLimit() && !nestedReported) {
                    nestedReported = true;
                    reporter.report(MappingRules.LIMIT, at, path, "adding nested field [" + path + "] exceeds the "
                            + "limit of nested fields [" + settings.nestedFieldsLimit()
                            + "] (index.mapping.nested_fields.limit)", "at most " + settings.nestedFieldsLimit()
                            + " nested fields");
                    return false;
                }
            }
        } else {
            addedFields += ((FieldMapping) mapper).fieldCount();
            if (mapping.isCopyTargetParent(path)) {
                // a copy_to target below a field would be a multi-field: the mapping update is refused
                reporter.report(MappingRules.OBJECT_CONFLICT, at, path, "this document would make [" + path + "] a ["
                        + ((FieldMapping) mapper).typeName() + "] field, but a field copies its values below it "
                        + "(copy_to may not target a multi-field)", "an object at [" + path + "]");
                return false;
            }
        }
        if (mapping.fieldCount() + addedFields > settings.totalFieldsLimit()) {
            if (!totalReported) {
                totalReported = true;
                reporter.report(MappingRules.LIMIT, at, path, "adding field [" + path + "] exceeds the limit of total "
                        + "fields [" + settings.totalFieldsLimit() + "] (index.mapping.total_fields.limit): the mapping "
                        + "has " + mapping.fieldCount() + " and this document adds " + addedFields,
                        "at most " + settings.totalFieldsLimit() + " fields");
            }
            return false;
        }
        return true;
    }

    private void reportConflict(String path, String existing, String signature, JsonValue at) {
        boolean wasObject = existing.startsWith("object") || existing.startsWith("nested");
        boolean isObject = signature.startsWith("object") || signature.startsWith("nested");
        String message;
        if (wasObject != isObject) {
            message = "field [" + path + "] is used both as an object and as a value in this document "
                    + "(can't merge a non object mapping with an object mapping)";
        } else {
            message = "field [" + path + "] is not mapped and gets different types in this document: "
                    + typeOf(existing) + " first, then " + typeOf(signature) + " (mapper cannot be changed)";
        }
        reporter.report(MappingRules.OBJECT_CONFLICT, at, path, message, typeOf(existing));
    }

    /** The type name part of a signature ("long", "date", "keyword", ...). */
    static String typeOf(String signature) {
        int colon = signature.indexOf(':');
        return colon < 0 ? signature : signature.substring(0, colon);
    }

    private static int dots(String path) {
        int count = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '.') {
                count++;
            }
        }
        return count;
    }
}
