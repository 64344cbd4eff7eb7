package dev.otelint.integration;

import com.networknt.schema.JsonNodePath;
import dev.otelint.records.JsonValue;

/** Finds the node a validator's instance location names in the positioned tree, and writes it as a JSON pointer. */
final class ConfigPointer {

    private ConfigPointer() {}

    /** The node at {@code path}, or the deepest node on the way when the path leaves the tree. */
    static JsonValue find(JsonValue root, JsonNodePath path) {
        JsonValue node = root;
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            JsonValue next = null;
            if (element instanceof Integer index && node.isArray() && index < node.elements().size()) {
                next = node.elements().get(index);
            } else if (!(element instanceof Integer)) {
                JsonValue.Member member = member(node, element.toString());
                next = member == null ? null : member.value();
            }
            if (next == null) {
                return node;
            }
            node = next;
        }
        return node;
    }

    /** The last member named {@code name} (the one JSON.parse keeps), or null. */
    static JsonValue.Member member(JsonValue object, String name) {
        JsonValue.Member found = null;
        for (JsonValue.Member member : object.members()) {
            if (member.name().equals(name)) {
                found = member;
            }
        }
        return found;
    }

    /** RFC 6901 text of {@code path}: "" for the root, "/assets/0/type" below it. */
    static String text(JsonNodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            sb.append('/').append(escape(String.valueOf(path.getElement(i))));
        }
        return sb.toString();
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
