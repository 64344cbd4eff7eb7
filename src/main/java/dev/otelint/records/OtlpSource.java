package dev.otelint.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the OTLP/JSON text a decoded proto field came from, so that encoded documents point at
 * their source. Every method accepts a null source (protobuf input) and then returns null/empty.
 * Fields are named by their lowerCamelCase JSON name; the proto (snake_case) name matches too.
 */
final class OtlpSource {
    private static final Map<String, String> SNAKE_NAMES = new ConcurrentHashMap<>();

    private OtlpSource() {}

    /** The member for a singular field; the last non-null one wins, as when decoding. */
    static JsonValue.Member member(JsonValue object, String jsonName) {
        if (object == null || jsonName == null || !object.isObject()) {
            return null;
        }
        String protoName = snakeCase(jsonName);
        JsonValue.Member found = null;
        for (JsonValue.Member m : object.members()) {
            // A null member decodes as "not set", so it cannot be the source.
            if ((m.name().equals(jsonName) || m.name().equals(protoName)) && !m.value().isNull()) {
                found = m;
            }
        }
        return found;
    }

    /** The value of a singular field, or null. */
    static JsonValue value(JsonValue object, String jsonName) {
        JsonValue.Member m = member(object, jsonName);
        return m == null ? null : m.value();
    }

    /**
     * The objects of a repeated message field, in decoding order: the decoder skips elements that
     * are not objects, so the i-th decoded message came from the i-th object listed here.
     */
    static List<JsonValue> objects(JsonValue object, String jsonName) {
        if (object == null || !object.isObject()) {
            return List.of();
        }
        String protoName = snakeCase(jsonName);
        List<JsonValue> objects = null;
        for (JsonValue.Member m : object.members()) {
            if ((m.name().equals(jsonName) || m.name().equals(protoName)) && m.value().isArray()) {
                objects = appendObjects(objects, m.value().elements());
            }
        }
        return objects == null ? List.of() : objects;
    }

    /** The i-th element, or null when the source has fewer (or is absent). */
    static JsonValue at(List<JsonValue> sources, int i) {
        return i < sources.size() ? sources.get(i) : null;
    }

    static String snakeCase(String jsonName) {
        return SNAKE_NAMES.computeIfAbsent(jsonName, name -> {
            StringBuilder sb = new StringBuilder(name.length() + 4);
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (Character.isUpperCase(c)) {
                    sb.append('_').append(Character.toLowerCase(c));
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        });
    }

    private static List<JsonValue> appendObjects(List<JsonValue> into, List<JsonValue> elements) {
        boolean allObjects = true;
        for (JsonValue e : elements) {
            allObjects &= e.isObject();
        }
        if (into == null && allObjects) {
            return elements;
        }
        List<JsonValue> result = into == null ? new ArrayList<>() : new ArrayList<>(into);
        for (JsonValue e : elements) {
            if (e.isObject()) {
                result.add(e);
            }
        }
        return result;
    }
}
