package dev.otelint.validate;

import dev.otelint.catalog.SemconvAttribute;
import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.catalog.SemconvSimpleSchemaFields;
import dev.otelint.catalog.SemconvSuggestions;
import dev.otelint.catalog.SemconvType;
import dev.otelint.records.JsonValue;
import dev.otelint.validate.values.NumberText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Flattens attribute keys, nested ({"http":{"request":{"method":..}}}) or dotted ({"http.request.method":..}),
 * into attribute ids and checks each against the registry: deprecation, type, enum membership, and keys
 * inside owned namespaces that are not attributes. Strings are built only along the document's own keys.
 */
final class SemconvAttributeChecker {

    private static final int MAX_CACHED_SUGGESTIONS = 10_000;

    private final SemconvKeys keys;
    private final List<String> attributeIds = new ArrayList<>();
    private final Map<String, String> suggestions = new ConcurrentHashMap<>();

    SemconvAttributeChecker(SemconvRegistry registry, SemconvSimpleSchemaFields simpleSchema) {
        this.keys = new SemconvKeys(registry, simpleSchema);
        // Suggest live attributes only: a deprecated one would just draw the next finding.
        registry.attributes().stream().filter(a -> !a.isDeprecated()).forEach(a -> attributeIds.add(a.id()));
    }

    SemconvKeys keys() {
        return keys;
    }

    /** The cached registry answers for an id given whole (a dotted top-level key, or a name inside a root). */
    SemconvKey key(String id) {
        return keys.of(id);
    }

    /** Checks every member of an object whose keys continue {@code prefix} ({@link SemconvKeys#root} at an attribute root). */
    void checkMembers(JsonValue object, SemconvKey prefix, SemconvAttributeRoot root, SemconvFindings out) {
        List<JsonValue.Member> members = object.members();
        for (int i = 0; i < members.size(); i++) {
            JsonValue.Member member = members.get(i);
            checkKey(keys.child(prefix, member.name()), member.value(), root, out);
        }
    }

    /** Checks every member of an object at an attribute root. */
    void checkMembers(JsonValue object, SemconvAttributeRoot root, SemconvFindings out) {
        checkMembers(object, keys.root(), root, out);
    }

    void checkKey(SemconvKey key, JsonValue value, SemconvAttributeRoot root, SemconvFindings out) {
        if (root.documentTop() && key.simpleSchemaNamespace) {
            return;
        }
        SemconvAttribute attribute = key.attribute;
        if (attribute != null && !(value.isObject() && isAlsoNamespace(key))) {
            checkAttribute(attribute, key.id, value, root, out);
            return;
        }
        if (key.template != null) {
            checkTemplateValue(key.template, key.id, value, root, out);
        } else if (value.isObject()) {
            checkMembers(value, key, root, out);
        } else if (isUnknown(key, root)) {
            reportUnknown(key.id, value, root, out);
        }
    }

    // code.function (deprecated, a string) is also the namespace of code.function.name: an object there is the namespace.
    static boolean isAlsoNamespace(SemconvKey key) {
        return key.attribute.type().primitive() != SemconvType.Primitive.ANY && !key.attribute.isTemplate()
                && key.registryNamespace;
    }

    /** A key in a namespace the registry owns that is no attribute of it: reported as unknown. */
    static boolean isUnknown(SemconvKey key, SemconvAttributeRoot root) {
        return key.inRegistryNamespace && !(root.documentTop() && key.simpleSchemaField);
    }

    private void checkAttribute(SemconvAttribute attribute, String id, JsonValue value, SemconvAttributeRoot root,
                                SemconvFindings out) {
        if (attribute.isDeprecated()) {
            out.report(out.deprecated(id, attribute.deprecation(), id), value, root.pathOf(id));
        }
        if (attribute.isTemplate()) {
            checkBareTemplate(attribute, value, root, out);
        } else if (!value.isNull() && !SemconvValueTypes.fits(attribute.type(), value, root.stringified())) {
            reportTypeMismatch(attribute, id, value, root, out);
        } else if (attribute.type().isEnum() && value.isScalar() && !value.isNull()) {
            SemconvEnumChecker.check(attribute, id, value, root, out);
        }
    }

    /** A template id given as an object holds its keys; given a plain value, the key part is missing. */
    private void checkBareTemplate(SemconvAttribute template, JsonValue value, SemconvAttributeRoot root,
                                   SemconvFindings out) {
        if (value.isObject()) {
            for (JsonValue.Member member : value.members()) {
                checkTemplateValue(template, template.id() + "." + member.name(), member.value(), root, out);
            }
        } else if (!value.isNull()) {
            out.report(SemconvRules.TYPE_MISMATCH.finding()
                    .message(template.id() + " is a template in " + out.semconv() + ": its values go under keys "
                            + template.id() + ".<key>")
                    .expected(template.type().modelName())
                    .actual(SemconvFindings.actual(value))
                    .fix("put the value under a key, e.g. " + template.id() + ".<key>"), value, root.pathOf(template.id()));
        }
    }

    private void checkTemplateValue(SemconvAttribute template, String key, JsonValue value, SemconvAttributeRoot root,
                                    SemconvFindings out) {
        if (value.isObject()) {
            for (JsonValue.Member member : value.members()) {
                checkTemplateValue(template, key + "." + member.name(), member.value(), root, out);
            }
        } else if (!value.isNull() && !SemconvValueTypes.fits(template.type(), value, root.stringified())) {
            reportTypeMismatch(template, key, value, root, out);
        }
    }

    private void reportTypeMismatch(SemconvAttribute attribute, String key, JsonValue value, SemconvAttributeRoot root,
                                    SemconvFindings out) {
        String expected = attribute.type().valueTypeName();
        String actualType = SemconvValueTypes.nameOf(value);
        out.report(SemconvRules.TYPE_MISMATCH.finding()
                .message(key + " is " + expected + " in " + out.semconv() + ", got " + actualType)
                .expected(expected)
                .actual(SemconvFindings.actual(value))
                .fix(typeFix(attribute.type(), value)), value, root.pathOf(key));
    }

    private static String typeFix(SemconvType type, JsonValue value) {
        boolean quotedNumber = value.isString() && !type.array()
                && (type.primitive() == SemconvType.Primitive.INT ? NumberText.isLong(value.text())
                : type.primitive() == SemconvType.Primitive.DOUBLE && NumberText.isDouble(value.text()));
        if (quotedNumber) {
            return "write the number without quotes: " + value.text();
        }
        if (type.array() && !value.isArray()) {
            return "send a " + type.valueTypeName() + " array, e.g. [" + SemconvFindings.actual(value) + "]";
        }
        return "send a " + type.valueTypeName() + " value";
    }

    private void reportUnknown(String id, JsonValue value, SemconvAttributeRoot root, SemconvFindings out) {
        String namespace = id.substring(0, id.lastIndexOf('.'));
        String suggestion = suggestionFor(id);
        out.report(SemconvRules.UNKNOWN_ATTRIBUTE.finding()
                .message(id + " is not an attribute of " + out.semconv() + ", though the namespace " + namespace + " is")
                .expected(suggestion.isEmpty() ? null : suggestion)
                .actual(id)
                .fix(suggestion.isEmpty()
                        ? "check the spelling, or keep custom attributes out of the " + namespace + " namespace"
                        : "did you mean " + suggestion + "?"), value, root.pathOf(id));
    }

    // The same unknown key tends to repeat in every record: compute its suggestions once.
    private String suggestionFor(String id) {
        String cached = suggestions.get(id);
        if (cached == null) {
            cached = String.join(" or ", SemconvSuggestions.closest(id, attributeIds, 3));
            if (suggestions.size() < MAX_CACHED_SUGGESTIONS) {
                suggestions.put(id, cached);
            }
        }
        return cached;
    }
}
