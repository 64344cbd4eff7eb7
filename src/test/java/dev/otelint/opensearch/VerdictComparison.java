package dev.otelint.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts OpenSearch's verdicts next to otelint's error findings. They agree on a record when otelint
 * reports at least one error exactly when OpenSearch rejected it.
 */
final class VerdictComparison {

    private static final int MAX_RECORD_CHARS = 400;

    private final List<String> records;
    private final List<Verdict> verdicts;
    private final Map<Long, List<JsonNode>> errorsByRecord;

    VerdictComparison(List<String> records, List<Verdict> verdicts, Map<Long, List<JsonNode>> errorsByRecord) {
        if (records.size() != verdicts.size()) {
            throw new IllegalArgumentException(records.size() + " records but " + verdicts.size() + " verdicts");
        }
        this.records = records;
        this.verdicts = verdicts;
        this.errorsByRecord = errorsByRecord;
    }

    /** One paragraph per disagreement (plus errors tied to no record); empty when otelint agrees everywhere. */
    List<String> disagreements() {
        List<String> out = new ArrayList<>();
        for (Verdict v : verdicts) {
            List<JsonNode> errors = errorsByRecord.getOrDefault((long) v.record(), List.of());
            if (errors.isEmpty() == v.accepted()) {
                continue;
            }
            out.add("record " + v.record() + ": " + shorten(records.get(v.record() - 1)) + "\n"
                    + "  OpenSearch: " + (v.accepted() ? "accepted" : "rejected: " + v.reason()) + "\n"
                    + "  otelint:    " + (errors.isEmpty() ? "no error" : describe(errors)));
        }
        List<JsonNode> unplaced = errorsByRecord.getOrDefault(0L, List.of());
        if (!unplaced.isEmpty()) {
            out.add("errors tied to no record: " + describe(unplaced));
        }
        for (Long record : errorsByRecord.keySet()) {
            if (record < 0 || record > records.size()) {
                out.add("error finding for record " + record + ", but there are " + records.size() + " records: "
                        + describe(errorsByRecord.get(record)));
            }
        }
        return out;
    }

    private static String describe(List<JsonNode> errors) {
        List<String> parts = new ArrayList<>();
        for (JsonNode e : errors) {
            parts.add(e.path("rule").asText() + " at " + e.path("path").asText("?") + ": " + e.path("message").asText());
        }
        return String.join("; ", parts);
    }

    private static String shorten(String record) {
        return record.length() <= MAX_RECORD_CHARS ? record
                : record.substring(0, MAX_RECORD_CHARS) + "... (" + record.length() + " chars)";
    }
}
