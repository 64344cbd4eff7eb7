package dev.otelint.collector.processor.attributes;

import dev.otelint.collector.processor.attributes.AttributeActions.Kind;
import io.opentelemetry.proto.common.v1.AnyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/** One checked action; the messages are attraction.NewAttrProc's. */
record AttributeAction(Kind kind, String key, AnyValue value, String fromAttribute, GoRegex regex,
                       String convertedType) {

    private static final List<String> CONVERSIONS = List.of("string", "int", "double");

    static AttributeAction compile(ActionConfig c, int i) {
        Kind kind = Kind.of(c.action);
        if (kind == null) {
            throw error("due to unsupported action \"" + c.action.toLowerCase(java.util.Locale.ROOT)
                    + "\" at the " + i + "-th actions");
        }
        if ((kind == Kind.DELETE || kind == Kind.HASH) && c.key.isEmpty() && c.pattern.isEmpty()) {
            throw error("due to missing required field (at least one of \"key\" and \"pattern\" have to be used) at the "
                    + i + "-th actions");
        }
        if (kind != Kind.DELETE && kind != Kind.HASH && c.key.isEmpty()) {
            throw error("due to missing required field \"key\" at the " + i + "-th actions");
        }
        int sources = (c.value != null ? 1 : 0) + (c.fromAttribute.isEmpty() ? 0 : 1) + (c.fromContext.isEmpty() ? 0 : 1);
        if (!c.convertedType.isEmpty() && kind != Kind.CONVERT) {
            throw error(". Action \"" + kind.label() + "\" does not use the \"converted_type\" field. This must not be"
                    + " specified for " + i + "-th action");
        }
        return switch (kind) {
            case INSERT, UPDATE, UPSERT -> valueAction(kind, c, i, sources);
            case DELETE, HASH -> {
                if (c.value != null || !c.fromAttribute.isEmpty()) {
                    throw error(". Action \"" + kind.label() + "\" does not use \"value\" or \"from_attribute\" field."
                            + " These must not be specified for " + i + "-th action");
                }
                yield new AttributeAction(kind, c.key, null, "", c.pattern.isEmpty() ? null : regex(c.pattern, i), "");
            }
            case EXTRACT -> extract(c, i, sources);
            case CONVERT -> convert(c, i, sources);
        };
    }

    private static AttributeAction valueAction(Kind kind, ActionConfig c, int i, int sources) {
        if (sources == 0) {
            throw error(". Either field \"value\", \"from_attribute\" or \"from_context\" setting must be specified for "
                    + i + "-th action");
        }
        if (sources > 1) {
            throw error("due to multiple value sources being set at the " + i + "-th actions");
        }
        if (!c.pattern.isEmpty()) {
            throw error(". Action \"" + kind.label() + "\" does not use the \"pattern\" field. This must not be"
                    + " specified for " + i + "-th action");
        }
        AnyValue value = c.value == null ? null : ConfigValues.toAnyValue(c.value);
        return new AttributeAction(kind, c.key, value, c.fromAttribute, null, "");
    }

    private static AttributeAction extract(ActionConfig c, int i, int sources) {
        if (sources > 0) {
            throw error(". Action \"extract\" does not use a value source field. These must not be specified for "
                    + i + "-th action");
        }
        if (c.pattern.isEmpty()) {
            throw error("due to missing required field \"pattern\" for action \"extract\" at the " + i + "-th action");
        }
        GoRegex regex = regex(c.pattern, i);
        if (regex.groupNames().isEmpty() && !regex.hasUnnamedGroup()) {
            throw error(". Field \"pattern\" contains no named matcher groups at the " + i + "-th actions");
        }
        if (regex.hasUnnamedGroup()) {
            throw error(". Field \"pattern\" contains at least one unnamed matcher group at the " + i + "-th actions");
        }
        return new AttributeAction(Kind.EXTRACT, c.key, null, "", regex, "");
    }

    private static AttributeAction convert(ActionConfig c, int i, int sources) {
        if (sources > 0 || !c.pattern.isEmpty()) {
            throw error(". Action \"convert\" does not use value sources or \"pattern\" field. These must not be"
                    + " specified for " + i + "-th action");
        }
        if (c.convertedType.isEmpty()) {
            throw error("due to missing required field \"converted_type\" for action \"convert\" at the " + i
                    + "-th action");
        }
        if (!CONVERSIONS.contains(c.convertedType)) {
            throw error("due to invalid value \"" + c.convertedType + "\" in field \"converted_type\" for action"
                    + " \"convert\" at the " + i + "-th action");
        }
        return new AttributeAction(Kind.CONVERT, c.key, null, "", null, c.convertedType);
    }

    private static GoRegex regex(String pattern, int i) {
        try {
            return GoRegex.compile(pattern);
        } catch (IllegalArgumentException e) {
            throw error(". Field \"pattern\" has invalid pattern: \"" + pattern + "\" to be set at the " + i
                    + "-th actions");
        }
    }

    private static IllegalArgumentException error(String rest) {
        return new IllegalArgumentException("error creating AttrProc" + (rest.startsWith(".") ? "" : " ") + rest);
    }

    void apply(Map<String, AnyValue> attrs) {
        switch (kind) {
            case DELETE -> {
                attrs.remove(key);
                matchingKeys(attrs).forEach(attrs::remove);
            }
            case HASH -> {
                attrs.computeIfPresent(key, (k, v) -> AttributeHash.sha256(v));
                matchingKeys(attrs).forEach(k -> attrs.computeIfPresent(k, (kk, v) -> AttributeHash.sha256(v)));
            }
            case INSERT, UPDATE, UPSERT -> {
                AnyValue source = value != null ? value : attrs.get(fromAttribute);
                boolean present = attrs.containsKey(key);
                if (source != null && (kind == Kind.UPSERT || present == (kind == Kind.UPDATE))) {
                    attrs.put(key, source);
                }
            }
            case EXTRACT -> extractInto(attrs);
            case CONVERT -> attrs.computeIfPresent(key, (k, v) -> ConfigValues.convert(v, convertedType));
        }
    }

    private void extractInto(Map<String, AnyValue> attrs) {
        AnyValue source = attrs.get(key);
        if (source == null || source.getValueCase() != AnyValue.ValueCase.STRING_VALUE) {
            return; // extract works on strings only
        }
        Matcher m = regex.pattern().matcher(source.getStringValue());
        if (!m.find()) {
            return;
        }
        for (int g = 0; g < regex.groupNames().size(); g++) {
            String text = m.group("g" + (g + 1));
            attrs.put(regex.groupNames().get(g), AnyValue.newBuilder().setStringValue(text == null ? "" : text).build());
        }
    }

    private List<String> matchingKeys(Map<String, AnyValue> attrs) {
        List<String> keys = new ArrayList<>();
        if (regex != null) {
            attrs.keySet().stream().filter(regex::matches).forEach(keys::add);
        }
        return keys;
    }
}
