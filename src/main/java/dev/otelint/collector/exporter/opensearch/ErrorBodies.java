package dev.otelint.collector.exporter.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** OpenSearch's reason in an error answer ({"error": {"type", "reason"}}), as "type: reason". */
final class ErrorBodies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorBodies() {}

    /**
     * The reason in {@code text}: an error body, or the transport's message (a status line, then the body on the
     * next line); the first line of the text when it holds no error object.
     */
    static String reason(String text) {
        String value = text == null ? "" : text;
        int brace = value.indexOf('{');
        if (brace >= 0) {
            try {
                JsonNode error = JSON.readTree(value.substring(brace)).path("error");
                if (error.hasNonNull("type")) {
                    return error.path("type").asText() + ": " + error.path("reason").asText();
                }
            } catch (IOException notJson) {
                // the first line says what happened
            }
        }
        int newline = value.indexOf('\n');
        return newline < 0 ? value : value.substring(0, newline);
    }
}
