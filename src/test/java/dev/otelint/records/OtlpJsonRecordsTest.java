package dev.otelint.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.report.Finding;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtlpJsonRecordsTest {

    @TempDir
    Path dir;

    @Test
    void collectorFileExporterLinesYieldOneRecordPerLogRecord() throws Exception {
        Path file = fixture("otlp-logs-file-exporter.jsonl");

        ReadResult result = ReadResult.read(file);

        assertThat(result.findings()).isEmpty();
        assertThat(result.indexes()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(result.records()).extracting(Record::signal).containsOnly(Signal.LOGS);
        assertThat(result.records()).extracting(Record::line).containsExactly(1, 1, 2, 2);
        Record second = result.records().get(1);
        assertThat(second.column()).isEqualTo(337);
        assertThat(second.document().get("body").text()).isEqualTo("payment failed");
        assertThat(second.document().get("traceId").text()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(second.document().get("severity").get("number").text()).isEqualTo("17");
        assertThat(result.records().get(0).document().get("attributes").get("cart.items").text()).isEqualTo("3");
        assertThat(result.records().get(3).document().get("resource").get("service.name").text()).isEqualTo("cart");
    }

    @Test
    void encodedValuesPointAtTheirOtlpJsonSource() throws IOException {
        Path file = write("pretty.json", """
                {
                  "resourceLogs": [{
                    "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "cart"}}]},
                    "scopeLogs": [{
                      "logRecords": [
                        {
                          "timeUnixNano": "1700000000000000000",
                          "attributes": [
                            {"key": "http.response.status_code",
                             "value": {"intValue": 200}}
                          ]
                        }
                      ]
                    }]
                  }]
                }
                """);

        Record record = ReadResult.read(file).only();

        assertThat(record.line()).isEqualTo(6);
        assertThat(record.column()).isEqualTo(9);
        JsonValue.Member status = record.document().get("attributes").members().get(1);
        assertThat(status.name()).isEqualTo("http.response.status_code");
        assertThat(status.line()).isEqualTo(9);
        assertThat(status.column()).isEqualTo(21);
        assertThat(status.value().line()).isEqualTo(10);
        assertThat(status.value().column()).isEqualTo(36);
        JsonValue timestamp = record.document().get("@timestamp");
        assertThat(timestamp.line()).isEqualTo(7);
        assertThat(timestamp.column()).isEqualTo(27);
        JsonValue service = record.document().get("resource").get("service.name");
        assertThat(service.line()).isEqualTo(3);
        assertThat(service.column()).isEqualTo(82);
        // derived values with no source of their own sit at the record
        JsonValue dataStream = record.document().get("attributes").get("data_stream");
        assertThat(dataStream.line()).isEqualTo(6);
    }

    @Test
    void followsTheOtlpJsonEncodingRules() throws IOException {
        Path file = write("rules.json", """
                {"resource_logs": [{"scope_logs": [{"log_records": [{
                  "time_unix_nano": 1700000000000000000,
                  "observedTimeUnixNano": "1700000000000000001",
                  "severityNumber": "SEVERITY_NUMBER_WARN",
                  "traceId": "5B8EFFF798038103D269B633813FC60C",
                  "span_id": "",
                  "futureField": {"anything": [1, 2]},
                  "flags": 1,
                  "body": {"doubleValue": "Infinity"},
                  "attributes": [{"key": "bytes", "value": {"bytesValue": "aGk"}}]
                }]}]}]}
                """);

        ReadResult result = ReadResult.read(file);

        // unknown fields are ignored, as receivers must, and reported since their data is lost
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("otlp.unknown-field");
            assertThat(f.severity()).isEqualTo(dev.otelint.report.Severity.WARNING);
            assertThat(f.path()).isEqualTo("resource_logs[0].scope_logs[0].log_records[0].futureField");
            assertThat(f.line()).isEqualTo(7);
            assertThat(f.column()).isEqualTo(3);
            assertThat(f.message()).endsWith("LogRecord has no field \"futureField\"; the collector ignores it");
        });
        JsonValue doc = result.only().document();
        assertThat(doc.get("@timestamp").text()).isEqualTo("2023-11-14T22:13:20Z");
        assertThat(doc.get("severity").get("number").text()).isEqualTo("13");
        assertThat(doc.get("traceId").text()).isEqualTo("5b8efff798038103d269b633813fc60c");
        assertThat(doc.get("spanId")).isNull();
        assertThat(doc.get("body").text()).isEqualTo("json: unsupported value: +Inf");
        assertThat(doc.get("attributes").get("bytes").text()).isEqualTo("aGk=");
        assertThat(doc.get("futureField")).isNull();
    }

    @Test
    void base64IdIsAFindingWithTheHexToWriteInstead() throws IOException {
        Path file = write("b64.json", """
                {"resourceSpans": [{"scopeSpans": [{"spans": [{
                  "traceId": "W47/95gDgQPSabYzgT/GDA==",
                  "spanId": "eee19b7ec3c1b174",
                  "name": "GET"
                }]}]}]}
                """);

        ReadResult result = ReadResult.read(file);

        // The collector rejects the request; otelint reports it and still checks the rest of the span.
        assertThat(result.only().document().get("traceId").text()).isEmpty();
        assertThat(result.only().document().get("name").text()).isEqualTo("GET");
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("otlp.decode");
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.column()).isEqualTo(14);
            assertThat(f.path()).isEqualTo("resourceSpans[0].scopeSpans[0].spans[0].traceId");
            assertThat(f.message()).contains("expected 32 hex digits").contains("looks base64-encoded");
            assertThat(f.fix()).isEqualTo("write it as hex: \"5b8efff798038103d269b633813fc60c\"");
        });
    }

    @Test
    void valuesThatDoNotDecodeAreFindingsAndLeftUnset() throws IOException {
        Path file = write("bad.json", """
                {"resourceLogs": [{"scopeLogs": [{"logRecords": [
                  {"timeUnixNano": "soon", "severityNumber": 1.5, "severityText": 7, "spanId": "xyz"},
                  42,
                  {"body": {"stringValue": "kept"}}
                ]}]}]}
                """);

        ReadResult result = ReadResult.read(file);

        assertThat(result.findings()).extracting(Finding::path).containsExactly(
                "resourceLogs[0].scopeLogs[0].logRecords[0].timeUnixNano",
                "resourceLogs[0].scopeLogs[0].logRecords[0].severityNumber",
                "resourceLogs[0].scopeLogs[0].logRecords[0].severityText",
                "resourceLogs[0].scopeLogs[0].logRecords[0].spanId",
                "resourceLogs[0].scopeLogs[0].logRecords[1]");
        assertThat(result.findings()).extracting(Finding::rule).containsOnly("otlp.decode");
        assertThat(result.findings().get(0).message())
                .isEqualTo("resourceLogs[0].scopeLogs[0].logRecords[0].timeUnixNano: expected an unsigned 64-bit "
                        + "integer (a number or a string of digits), got \"soon\"");
        assertThat(result.findings().get(4).line()).isEqualTo(3);
        assertThat(result.records()).hasSize(2);
        assertThat(result.records().get(0).document().get("@timestamp").text()).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(result.records().get(1).document().get("body").text()).isEqualTo("kept");
        assertThat(result.records().get(1).line()).isEqualTo(4);
    }

    @Test
    void unencodableRecordIsAFindingAndKeepsItsIndex() throws IOException {
        Path file = write("nan.json", """
                {"resourceLogs": [{"scopeLogs": [{"logRecords": [
                  {"attributes": [{"key": "ratio", "value": {"doubleValue": "NaN"}}]},
                  {"body": {"stringValue": "fine"}}
                ]}]}]}
                """);

        ReadResult result = ReadResult.read(file);

        assertThat(result.indexes()).containsExactly(2L);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("otlp.unencodable");
            assertThat(f.record()).isEqualTo(1);
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.column()).isEqualTo(61);
            assertThat(f.message()).startsWith("resourceLogs[0].scopeLogs[0].logRecords[0]: ratio: the double NaN");
        });
    }

    @Test
    void unencodableDataPointIsNamedByItsPath() throws IOException {
        Path file = write("nan-point.json", """
                {"resourceMetrics": [{"scopeMetrics": [{"metrics": [{"name": "g", "gauge": {"dataPoints": [
                  {"asInt": 1},
                  {"asInt": 2, "attributes": [{"key": "r", "value": {"doubleValue": "-Infinity"}}]}
                ]}}]}]}]}
                """);

        ReadResult result = ReadResult.read(file);

        assertThat(result.indexes()).containsExactly(1L);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("otlp.unencodable");
            assertThat(f.path()).isEqualTo("resourceMetrics[0].scopeMetrics[0].metrics[0].gauge.dataPoints[1]");
            assertThat(f.record()).isEqualTo(2);
        });
    }

    @Test
    void spansAndMetricDataPointsFromJson() throws IOException {
        Path file = write("mixed.ndjson", String.join("\n",
                "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[{\"name\":\"s\",\"kind\":3,"
                        + "\"status\":{\"code\":2}}]}]}]}",
                "{\"resourceMetrics\":[{\"scopeMetrics\":[{\"metrics\":[{\"name\":\"h\",\"histogram\":"
                        + "{\"aggregationTemporality\":2,\"dataPoints\":[{\"count\":\"3\",\"bucketCounts\":[\"1\",2],"
                        + "\"explicitBounds\":[5]},{\"count\":\"0\"}]}}]}]}]}",
                "{\"body\":\"plain\"}"));

        ReadResult result = ReadResult.read(file);

        assertThat(result.findings()).isEmpty();
        assertThat(result.records()).extracting(Record::signal)
                .containsExactly(Signal.TRACES, Signal.METRICS, Signal.METRICS, Signal.LOGS);
        assertThat(result.indexes()).containsExactly(1L, 2L, 3L, 3L); // the plain document is indexed by its line
        JsonValue span = result.records().get(0).document();
        assertThat(span.get("kind").text()).isEqualTo("Client");
        assertThat(span.get("status").get("code").text()).isEqualTo("Error");
        JsonValue point = result.records().get(1).document();
        assertThat(point.get("aggregationTemporality").text()).isEqualTo("AGGREGATION_TEMPORALITY_CUMULATIVE");
        assertThat(point.get("bucketCountsList").toJson()).isEqualTo("[1,2]");
        assertThat(result.records().get(2).column()).isEqualTo(174);
    }

    @Test
    void aDocumentWithSeveralRequestFieldsYieldsAllOfThem() throws IOException {
        Path file = write("both.json", """
                {"resourceLogs": [{"scopeLogs": [{"logRecords": [{}]}]}],
                 "resourceSpans": [{"scopeSpans": [{"spans": [{}]}]}]}
                """);

        ReadResult result = ReadResult.read(file);

        assertThat(result.records()).extracting(Record::signal).containsExactly(Signal.LOGS, Signal.TRACES);
        assertThat(result.indexes()).containsExactly(1L, 2L);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(OtlpJsonRecordsTest.class.getResource("/records/" + name)).toURI());
    }
}
