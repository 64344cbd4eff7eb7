package dev.otelint.validate.mapping;

import dev.otelint.records.JsonValue;
import dev.otelint.report.BadInputException;
import dev.otelint.validate.dates.DateFormat;
import dev.otelint.validate.values.BinaryValues;
import dev.otelint.validate.values.BooleanValues;
import dev.otelint.validate.values.ConstantKeywordValues;
import dev.otelint.validate.values.DateValues;
import dev.otelint.validate.values.FieldType;
import dev.otelint.validate.values.FlatObjectValues;
import dev.otelint.validate.values.GeoPointValues;
import dev.otelint.validate.values.IpValues;
import dev.otelint.validate.values.NumberValues;
import dev.otelint.validate.values.OpaqueValues;
import dev.otelint.validate.values.StringValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds concrete fields from their mapping definitions: picks the value rules for the type,
 * reads the parameters that change them (coerce, ignore_malformed, ignore_above, format,
 * null_value, ...) and applies the index-level defaults.
 */
final class FieldFactory {

    /** The default date format of date and date_nanos fields in OpenSearch 2.x. */
    static final String DEFAULT_DATE_FORMAT = "strict_date_optional_time||epoch_millis";

    /** Types OpenSearch (with its bundled modules and plugins) knows but whose values otelint does not check. */
    private static final Set<String> OPAQUE_TYPES = Set.of("geo_shape", "xy_point", "xy_shape", "completion",
            "integer_range", "long_range", "float_range", "double_range", "date_range", "ip_range", "rank_feature",
            "rank_features", "knn_vector", "join", "percolator", "murmur3", "histogram", "star_tree", "semantic",
            "sparse_vector", "icu_collation_keyword", "dense_vector", "hll");
    private static final Set<String> OPAQUE_ARRAY_TYPES = Set.of("geo_shape", "xy_point", "xy_shape", "completion",
            "knn_vector", "dense_vector");
    private static final Set<String> TEXT_TYPES = Set.of("text", "match_only_text", "search_as_you_type",
            "annotated_text", "token_count");

    private final String file;
    private final MappingSettings settings;

    FieldFactory(String file, MappingSettings settings) {
        this.file = file;
        this.settings = settings;
    }

    /**
     * A field of {@code typeName} defined by {@code definition} (the object holding "type" and the
     * parameters). {@code dynamicDefault} marks fields OpenSearch adds with its built-in defaults.
     */
    FieldMapping create(String name, String path, String typeName, JsonValue definition, boolean dynamicDefault) {
        FieldType type = type(path, typeName, definition);
        boolean ignoreMalformed = supportsIgnoreMalformed(typeName)
                && flag(definition, "ignore_malformed", settings.ignoreMalformed());
        List<FieldMapping> multiFields = multiFields(path, definition.get("fields"));
        List<String> copyTo = copyTo(definition.get("copy_to"));
        return new FieldMapping(name, path, typeName, type, ignoreMalformed, multiFields, copyTo,
                Source.of(file, definition), dynamicDefault);
    }

    private FieldType type(String path, String typeName, JsonValue definition) {
        NumberValues.Kind number = NumberValues.Kind.of(typeName);
        if (number != null) {
            return numeric(path, number, definition);
        }
        if (TEXT_TYPES.contains(typeName)) {
            return new StringValues(typeName, Integer.MAX_VALUE, false);
        }
        switch (typeName) {
            case "keyword":
                return keyword(path, definition);
            case "wildcard":
                return new StringValues("wildcard", ignoreAbove(path, definition), false);
            case "constant_keyword":
                return constantKeyword(path, definition);
            case "boolean":
                checkNullValue(path, definition, BooleanValues.INSTANCE);
                return BooleanValues.INSTANCE;
            case "date":
            case "date_nanos":
                return date(path, typeName.equals("date_nanos"), definition);
            case "ip":
                checkNullValue(path, definition, IpValues.INSTANCE);
                return IpValues.INSTANCE;
            case "geo_point": {
                GeoPointValues geo = new GeoPointValues(flag(definition, "ignore_z_value", true));
                checkNullValue(path, definition, geo);
                return geo;
            }
            case "flat_object":
                return FlatObjectValues.INSTANCE;
            case "binary":
                return new BinaryValues(flag(definition, "store", false) || flag(definition, "doc_values", false));
            default:
                if (OPAQUE_TYPES.contains(typeName)) {
                    return new OpaqueValues(typeName, OPAQUE_ARRAY_TYPES.contains(typeName));
                }
                throw at(definition.get("type") != null ? definition.get("type") : definition)
                        .error("no handler for type [" + typeName + "] declared on field [" + path + "]");
        }
    }

    private FieldType numeric(String path, NumberValues.Kind kind, JsonValue definition) {
        if (kind == NumberValues.Kind.SCALED_FLOAT) {
            JsonValue factor = definition.get("scaling_factor");
            if (factor == null) {
                throw at(definition).error("field [scaling_factor] is required for scaled_float field [" + path + "]");
            }
            if (!factor.isNumber() && !factor.isString()) {
                throw at(factor).error("[scaling_factor] of field [" + path + "] must be a number");
            }
        }
        NumberValues values = new NumberValues(kind, flag(definition, "coerce", settings.coerce()));
        checkNullValue(path, definition, values);
        return values;
    }

    private FieldType keyword(String path, JsonValue definition) {
        boolean indexed = flag(definition, "index", true);
        boolean docValues = flag(definition, "doc_values", true);
        return new StringValues("keyword", ignoreAbove(path, definition), indexed || docValues);
    }

    private FieldType constantKeyword(String path, JsonValue definition) {
        JsonValue value = definition.get("value");
        if (value == null || !value.isScalar() || value.isNull()) {
            throw at(definition).error("constant_keyword field [" + path + "] needs a [value]");
        }
        return new ConstantKeywordValues(value.text());
    }

    private FieldType date(String path, boolean nanos, JsonValue definition) {
        JsonValue format = definition.get("format");
        String pattern = format == null ? DEFAULT_DATE_FORMAT : format.text();
        if (format != null && !format.isString()) {
            throw at(format).error("[format] of field [" + path + "] must be a string");
        }
        DateFormat parsed;
        try {
            parsed = DateFormat.of(pattern);
        } catch (IllegalArgumentException e) {
            throw at(format == null ? definition : format).error("invalid [format] of field [" + path + "]: "
                    + e.getMessage());
        }
        DateValues values = new DateValues(nanos, parsed);
        checkNullValue(path, definition, values);
        return values;
    }

    private int ignoreAbove(String path, JsonValue definition) {
        JsonValue value = definition.get("ignore_above");
        if (value == null) {
            return Integer.MAX_VALUE;
        }
        try {
            int parsed = Integer.parseInt(value.text());
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw at(value).error("[ignore_above] of field [" + path + "] must be a non-negative integer, got "
                + value.toJson());
    }

    /** OpenSearch parses null_value when the mapping is created, so a bad one fails the template. */
    private void checkNullValue(String path, JsonValue definition, FieldType type) {
        JsonValue nullValue = definition.get("null_value");
        if (nullValue == null || nullValue.isNull()) {
            return;
        }
        if (!type.check(nullValue).indexed()) {
            throw at(nullValue).error("[null_value] of field [" + path + "] is not a valid " + type.expected()
                    + ": " + type.explain(nullValue, type.check(nullValue)));
        }
    }

    private List<FieldMapping> multiFields(String path, JsonValue fields) {
        if (fields == null) {
            return List.of();
        }
        if (!fields.isObject()) {
            throw at(fields).error("[fields] of field [" + path + "] must be an object");
        }
        List<FieldMapping> result = new ArrayList<>();
        for (JsonValue.Member member : fields.members()) {
            JsonValue definition = member.value();
            if (!definition.isObject()) {
                throw at(definition).error("multi-field [" + member.name() + "] of [" + path + "] must be an object");
            }
            JsonValue type = definition.get("type");
            if (type == null || !type.isString()) {
                throw at(definition).error("no type specified for multi-field [" + path + "." + member.name() + "]");
            }
            if (type.text().equals("object") || type.text().equals("nested") || type.text().equals("alias")) {
                throw at(type).error("type [" + type.text() + "] cannot be used in multi field [" + path + "."
                        + member.name() + "]");
            }
            result.add(create(member.name(), path + "." + member.name(), type.text(), definition, false));
        }
        return List.copyOf(result);
    }

    private List<String> copyTo(JsonValue value) {
        if (value == null) {
            return List.of();
        }
        if (value.isString()) {
            return List.of(value.text());
        }
        if (!value.isArray()) {
            throw at(value).error("[copy_to] must be a field name or an array of field names");
        }
        List<String> targets = new ArrayList<>();
        for (JsonValue element : value.elements()) {
            if (!element.isString()) {
                throw at(element).error("[copy_to] entries must be field names");
            }
            targets.add(element.text());
        }
        return List.copyOf(targets);
    }

    private static boolean supportsIgnoreMalformed(String typeName) {
        return NumberValues.Kind.of(typeName) != null || typeName.equals("date") || typeName.equals("date_nanos")
                || typeName.equals("ip") || typeName.equals("geo_point") || typeName.equals("geo_shape");
    }

    private boolean flag(JsonValue definition, String name, boolean fallback) {
        JsonValue value = definition.get(name);
        if (value == null) {
            return fallback;
        }
        if ("true".equals(value.text())) {
            return true;
        }
        if ("false".equals(value.text())) {
            return false;
        }
        throw at(value).error("[" + name + "] must be true or false, got " + value.toJson());
    }

    /** Checks a dynamic template's mapping once per kind it selects, as OpenSearch does when installing it. */
    void validateTemplate(DynamicTemplate template) {
        for (DynamicTemplate.ValueKind kind : DynamicTemplate.ValueKind.values()) {
            if (!template.selects(kind)) {
                continue;
            }
            String typeName = TemplateMappings.typeName(template, kind);
            if (typeName.equals("object") || typeName.equals("nested") || typeName.equals("alias")) {
                continue;
            }
            JsonValue mapping = TemplateMappings.substitute(template.mapping(), "__dummy__", kind.defaultMappingType());
            try {
                create("__dummy__", "__dummy__", typeName, mapping, false);
            } catch (BadInputException e) {
                throw template.source().error("dynamic template [" + template.name() + "] has invalid content: "
                        + e.getMessage());
            }
        }
    }

    private Source at(JsonValue value) {
        return Source.of(file, value);
    }
}
