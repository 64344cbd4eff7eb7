package dev.otelint.integration.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Fills placeholders inside the string values of parsed JSON, so that whatever a value holds the
 * result is valid JSON. Strings that hold JSON themselves (saved objects' visState, panelsJSON,
 * searchSourceJSON) are filled inside too and written back compact.
 */
final class JsonPlaceholders {

    private JsonPlaceholders() {}

    /** A JSON document, written back indented. */
    static String document(String content, Placeholders values, String where) {
        return ScaffoldJson.pretty(fill(ScaffoldJson.parse(content, where, 1), values, where));
    }

    /** NDJSON: one document per line, written back one per line; blank lines are left out. */
    static String lines(String content, Placeholders values, String where) {
        StringBuilder out = new StringBuilder();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                JsonNode line = ScaffoldJson.parse(lines[i], where, i + 1);
                out.append(ScaffoldJson.compact(fill(line, values, where + ":" + (i + 1)))).append('\n');
            }
        }
        return out.toString();
    }

    /** The node with every string value filled in; containers are changed in place. */
    static JsonNode fill(JsonNode node, Placeholders values, String where) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                field.setValue(fill(field.getValue(), values, where));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, fill(array.get(i), values, where));
            }
        } else if (node.isTextual()) {
            return TextNode.valueOf(fillText(node.textValue(), values, where));
        }
        return node;
    }

    private static String fillText(String text, Placeholders values, String where) {
        JsonNode embedded = embeddedJson(text);
        if (embedded != null) {
            return ScaffoldJson.compact(fill(embedded, values, where));
        }
        return values.text(text, where);
    }

    /** The JSON object or array a string holds, or null. */
    private static JsonNode embeddedJson(String text) {
        String trimmed = text.strip();
        if (!(trimmed.startsWith("{") && trimmed.endsWith("}")) && !(trimmed.startsWith("[") && trimmed.endsWith("]"))) {
            return null;
        }
        try {
            JsonNode node = ScaffoldJson.MAPPER.readTree(trimmed);
            return node.isContainerNode() ? node : null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null; // text such as "{{name}}" that only looks like JSON
        }
    }
}
