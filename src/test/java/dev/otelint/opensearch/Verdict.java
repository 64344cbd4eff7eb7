package dev.otelint.opensearch;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * OpenSearch's answer to indexing one record; {@code record} is 1-based like otelint's findings.
 * {@code reason} is empty when accepted, else the error type and reason with its causes.
 */
record Verdict(int record, boolean accepted, String reason) {

    static Verdict accepted(int record) {
        return new Verdict(record, true, "");
    }

    /** Reads an OpenSearch error body: {"error":{"type","reason","caused_by":{...}},"status":400}. */
    static Verdict rejected(int record, JsonNode errorBody) {
        return new Verdict(record, false, describe(errorBody.path("error")));
    }

    private static String describe(JsonNode error) {
        StringBuilder sb = new StringBuilder();
        sb.append(error.path("type").asText()).append(": ").append(error.path("reason").asText());
        JsonNode cause = error.path("caused_by");
        if (cause.isObject()) {
            sb.append(" (caused by ").append(describe(cause)).append(')');
        }
        return sb.toString();
    }
}
