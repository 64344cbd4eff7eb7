package dev.otelint.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Top-level dotted keys that name a member of an owned object ("severity.text",
 * "resource.service.name", "attributes.data_stream.type"), moved into that object: OpenSearch
 * expands dots in field names, so it indexes them as the very fields the nested form writes.
 */
final class DottedFields {
    private DottedFields() {}

    /**
     * The document with each top-level {@code "o.rest"} key, {@code o} one of {@code objects}, moved
     * into object {@code o} as the member {@code "rest"} (after the members {@code o} already has).
     */
    static JsonValue nest(JsonValue document, Set<String> objects) {
        if (!document.isObject() || document.members().stream().noneMatch(m -> owner(m.name(), objects) != null)) {
            return document;
        }
        Map<String, List<JsonValue.Member>> moved = new LinkedHashMap<>();
        List<JsonValue.Member> top = new ArrayList<>();
        for (JsonValue.Member member : document.members()) {
            String owner = owner(member.name(), objects);
            if (owner == null) {
                top.add(member);
            } else {
                moved.computeIfAbsent(owner, o -> new ArrayList<>()).add(new JsonValue.Member(
                        member.name().substring(owner.length() + 1), member.value(), member.line(), member.column()));
            }
        }
        List<JsonValue.Member> result = new ArrayList<>();
        for (JsonValue.Member member : top) {
            List<JsonValue.Member> extra = moved.remove(member.name());
            result.add(extra == null || !member.value().isObject() ? member : merged(member, extra));
            if (extra != null && !member.value().isObject()) {
                moved.put(member.name(), extra); // not an object: decoding reports the owned field's type
            }
        }
        moved.forEach((owner, members) -> {
            JsonValue.Member first = members.get(0);
            result.add(new JsonValue.Member(owner, JsonValue.object(members, first.line(), first.column()),
                    first.line(), first.column()));
        });
        return JsonValue.object(result, document.line(), document.column());
    }

    private static JsonValue.Member merged(JsonValue.Member object, List<JsonValue.Member> extra) {
        List<JsonValue.Member> members = new ArrayList<>(object.value().members());
        members.addAll(extra);
        JsonValue value = object.value();
        return new JsonValue.Member(object.name(), JsonValue.object(members, value.line(), value.column()),
                object.line(), object.column());
    }

    private static String owner(String key, Set<String> objects) {
        int dot = key.indexOf('.');
        return dot > 0 && objects.contains(key.substring(0, dot)) ? key.substring(0, dot) : null;
    }
}
