package dev.otelint.assets.grafana;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON document and the 1-based line where each object and array starts, keyed by JSON Pointer
 * ({@code /panels/3/targets/0}), so findings can name the line of a panel or target.
 */
final class PositionedJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode root;
    private final Map<String, Integer> lines;

    private PositionedJson(JsonNode root, Map<String, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    /** Parses {@code text}; a syntax error is thrown as Jackson reports it, with its location. */
    static PositionedJson parse(String text) throws IOException {
        JsonNode root = JSON.readTree(text);
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = JSON.getFactory().createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    // The enclosing context still points at the member or element this container is.
                    String pointer = parser.getParsingContext().getParent().pathAsPointer().toString();
                    lines.put(pointer, parser.currentTokenLocation().getLineNr());
                }
            }
        }
        return new PositionedJson(root, lines);
    }

    JsonNode root() {
        return root;
    }

    /** The line where the container at {@code pointer} starts, or 0 when unknown. */
    int line(String pointer) {
        return lines.getOrDefault(pointer, 0);
    }
}
