package dev.otelint.integration.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a bundle back as a test sees it: its NDJSON lines, and the text of each element of an inlined JSON array. */
final class BundledTemplates {
    static final ObjectMapper JSON = new ObjectMapper();

    private BundledTemplates() {}

    /** Every line parsed; fails unless the text is NDJSON ending in a newline. */
    static List<JsonNode> lines(String ndjson) throws IOException {
        if (!ndjson.endsWith("\n")) {
            throw new AssertionError("the bundle does not end with a newline");
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : ndjson.substring(0, ndjson.length() - 1).split("\n", -1)) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    /** The source text of each element of a JSON array, exactly as it appears in {@code array}. */
    static List<String> elementTexts(String array) throws IOException {
        List<String> texts = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(array)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new AssertionError("not an array: " + array);
            }
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                int start = (int) parser.currentTokenLocation().getCharOffset();
                parser.skipChildren();
                texts.add(array.substring(start, (int) parser.currentLocation().getCharOffset()));
            }
        }
        return texts;
    }

    /** The non-blank lines of an NDJSON text, split as Dashboards splits them (on '\n' only). */
    static List<String> ndjsonLines(String text) {
        return List.of(text.split("\n", -1)).stream().filter(line -> !line.isBlank()).toList();
    }
}
