package dev.otelint.validate.mapping;

import dev.otelint.records.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Instantiates a dynamic template's mapping for one new field (DynamicTemplate.mappingType and
 * mappingForName): {name} and {dynamic_type} are replaced in keys and string values, and a mapping
 * without "type" gets the default type for the value's JSON kind.
 */
final class TemplateMappings {

    private TemplateMappings() {}

    /** The mapping type the template gives a value of {@code kind}. */
    static String typeName(DynamicTemplate template, DynamicTemplate.ValueKind kind) {
        JsonValue type = template.mapping().get("type");
        String dynamicType = kind.defaultMappingType();
        if (type == null || !type.isString()) {
            return legacyKeyword(template.mapping(), dynamicType, true);
        }
        String replaced = replace(type.text(), null, dynamicType);
        return legacyKeyword(template.mapping(), replaced, !replaced.equals(type.text()));
    }

    /** A derived "text" with the old index:not_analyzed/no means keyword, as upstream keeps it. */
    private static String legacyKeyword(JsonValue mapping, String type, boolean derived) {
        if (derived && type.equals("text")) {
            JsonValue index = mapping.get("index");
            if (index != null && (index.text().equals("not_analyzed") || index.text().equals("no"))) {
                return "keyword";
            }
        }
        return type;
    }

    /** The mapping with placeholders replaced, keeping positions for error messages. */
    static JsonValue substitute(JsonValue mapping, String name, String dynamicType) {
        switch (mapping.kind()) {
            case STRING:
                String text = replace(mapping.text(), name, dynamicType);
                return text.equals(mapping.text()) ? mapping : JsonValue.string(text, mapping.line(), mapping.column());
            case OBJECT: {
                List<JsonValue.Member> members = new ArrayList<>();
                for (JsonValue.Member member : mapping.members()) {
                    members.add(new JsonValue.Member(replace(member.name(), name, dynamicType),
                            substitute(member.value(), name, dynamicType), member.line(), member.column()));
                }
                return JsonValue.object(members, mapping.line(), mapping.column());
            }
            case ARRAY: {
                List<JsonValue> elements = new ArrayList<>();
                for (JsonValue element : mapping.elements()) {
                    elements.add(substitute(element, name, dynamicType));
                }
                return JsonValue.array(elements, mapping.line(), mapping.column());
            }
            default:
                return mapping;
        }
    }

    /** The definition with "type" set and, for dates, the detected format when the template names none. */
    static JsonValue withType(JsonValue definition, String typeName, String dateFormat) {
        List<JsonValue.Member> members = new ArrayList<>();
        for (JsonValue.Member member : definition.members()) {
            if (!member.name().equals("type")) {
                members.add(member);
            }
        }
        members.add(new JsonValue.Member("type", JsonValue.string(typeName, definition.line(), definition.column()),
                definition.line(), definition.column()));
        boolean isDate = typeName.equals("date") || typeName.equals("date_nanos");
        if (isDate && dateFormat != null && definition.get("format") == null) {
            members.add(new JsonValue.Member("format", JsonValue.string(dateFormat, definition.line(),
                    definition.column()), definition.line(), definition.column()));
        }
        return JsonValue.object(members, definition.line(), definition.column());
    }

    private static String replace(String text, String name, String dynamicType) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        String result = text;
        if (name != null) {
            result = result.replace("{name}", name);
        }
        return result.replace("{dynamic_type}", dynamicType).replace("{dynamicType}", dynamicType);
    }
}
