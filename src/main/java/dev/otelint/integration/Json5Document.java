package dev.otelint.integration;

import dev.otelint.records.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * A file read as OpenSearch Dashboards reads integration files: as one JSON5 value, else as NDJSON (one value
 * per non-blank line), else not at all. {@code ndjson} tells which: an NDJSON file's value is the array of its lines.
 */
public record Json5Document(JsonValue value, boolean ndjson) {

    /** Reads {@code text}; the error is the one that best explains why neither reading worked. */
    public static Json5Document parse(String text) throws Json5SyntaxException {
        try {
            return new Json5Document(Json5Reader.parse(text), false);
        } catch (Json5SyntaxException asOneValue) {
            return parseLines(text, asOneValue);
        }
    }

    private static Json5Document parseLines(String text, Json5SyntaxException asOneValue) throws Json5SyntaxException {
        List<JsonValue> lines = new ArrayList<>();
        String[] parts = text.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isBlank()) {
                continue;
            }
            try {
                lines.add(Json5Reader.parse(parts[i], i + 1));
            } catch (Json5SyntaxException onThisLine) {
                // a first line that is not a value alone means the file was never NDJSON
                throw lines.isEmpty() ? asOneValue : onThisLine;
            }
        }
        if (lines.size() < 2) {
            throw asOneValue;
        }
        return new Json5Document(JsonValue.array(lines, lines.get(0).line(), 1), true);
    }
}
