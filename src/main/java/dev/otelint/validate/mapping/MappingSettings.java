package dev.otelint.validate.mapping;

import dev.otelint.records.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The index settings that change how documents are mapped, with OpenSearch's defaults
 * (MapperService / IndexSettings / FieldMapper settings).
 */
public record MappingSettings(long totalFieldsLimit, long depthLimit, long nestedFieldsLimit,
                              long nestedObjectsLimit, long fieldNameLengthLimit, boolean ignoreMalformed,
                              boolean coerce) {

    public static final MappingSettings DEFAULTS = new MappingSettings(1000, 20, 50, 10000, Long.MAX_VALUE,
            false, true);

    /**
     * Reads settings from a merged, flattened map ("index.mapping.total_fields.limit" -> value).
     * Keys without the "index." prefix are read as OpenSearch normalises them.
     */
    static MappingSettings from(Map<String, SettingValue> flat) {
        return new MappingSettings(
                number(flat, "index.mapping.total_fields.limit", DEFAULTS.totalFieldsLimit),
                number(flat, "index.mapping.depth.limit", DEFAULTS.depthLimit),
                number(flat, "index.mapping.nested_fields.limit", DEFAULTS.nestedFieldsLimit),
                number(flat, "index.mapping.nested_objects.limit", DEFAULTS.nestedObjectsLimit),
                number(flat, "index.mapping.field_name_length.limit", DEFAULTS.fieldNameLengthLimit),
                bool(flat, "index.mapping.ignore_malformed", DEFAULTS.ignoreMalformed),
                bool(flat, "index.mapping.coerce", DEFAULTS.coerce));
    }

    /** One setting value with where it was written. */
    record SettingValue(JsonValue value, Source source) {}

    /** Flattens a settings object into normalised dotted keys, later calls overriding earlier ones. */
    static void flatten(String file, JsonValue settings, Map<String, SettingValue> into) {
        flatten(file, "", settings, into);
    }

    private static void flatten(String file, String prefix, JsonValue node, Map<String, SettingValue> into) {
        for (JsonValue.Member member : node.members()) {
            String key = prefix.isEmpty() ? member.name() : prefix + "." + member.name();
            if (member.value().isObject()) {
                flatten(file, key, member.value(), into);
            } else {
                String normalised = key.startsWith("index.") ? key : "index." + key;
                into.put(normalised, new SettingValue(member.value(), Source.of(file, member.value())));
            }
        }
    }

    static Map<String, SettingValue> newFlatMap() {
        return new LinkedHashMap<>();
    }

    private static long number(Map<String, SettingValue> flat, String key, long fallback) {
        SettingValue setting = flat.get(key);
        if (setting == null) {
            return fallback;
        }
        JsonValue value = setting.value();
        if (value.kind() == JsonValue.Kind.INTEGER || value.isString()) {
            try {
                long parsed = Long.parseLong(value.text().trim());
                if (parsed >= 0) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw setting.source().error("setting [" + key + "] must be a non-negative whole number, got "
                + value.toJson());
    }

    private static boolean bool(Map<String, SettingValue> flat, String key, boolean fallback) {
        SettingValue setting = flat.get(key);
        if (setting == null) {
            return fallback;
        }
        String text = setting.value().text();
        if ("true".equals(text)) {
            return true;
        }
        if ("false".equals(text)) {
            return false;
        }
        throw setting.source().error("setting [" + key + "] must be true or false, got "
                + setting.value().toJson());
    }
}
