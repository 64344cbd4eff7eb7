package dev.otelint.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.otelint.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One in-process {@code otelint validate --format json} run and its report, read through the JSON
 * contract: {"findings":[{"rule","severity","record",...}],...}, record 1-based or null.
 */
record ValidateRun(int exitCode, String stdout, String stderr) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ValidateRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new ValidateRun(code, out.toString(), err.toString());
    }

    String describe() {
        return "exit code " + exitCode + ", stderr: " + (stderr.isBlank() ? "(empty)" : stderr.strip());
    }

    /** Error findings by record number; findings without a record are under key 0. */
    Map<Long, List<JsonNode>> errorsByRecord() {
        Map<Long, List<JsonNode>> byRecord = new TreeMap<>();
        for (JsonNode finding : report().path("findings")) {
            if ("error".equals(finding.path("severity").asText())) {
                long record = finding.path("record").asLong(0);
                byRecord.computeIfAbsent(record, k -> new ArrayList<>()).add(finding);
            }
        }
        return byRecord;
    }

    private JsonNode report() {
        JsonNode report;
        try {
            report = JSON.readTree(stdout);
        } catch (IOException e) {
            throw new IllegalStateException("otelint did not print a JSON report (" + describe() + "): " + stdout, e);
        }
        if (report == null || !report.path("findings").isArray()) {
            throw new IllegalStateException("otelint's JSON report has no findings array (" + describe() + "): " + stdout);
        }
        return report;
    }
}
