package dev.otelint.collector.receiver.filelog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.otelint.collector.ComponentRegistry;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.service.Collector;
import dev.otelint.collector.service.CollectorConfig;
import dev.otelint.collector.service.CollectorConfigs;
import dev.otelint.collector.service.CollectorRunner;
import dev.otelint.records.ReadOptions;
import dev.otelint.records.Record;
import dev.otelint.records.RecordReader;
import dev.otelint.records.RecordReaders;
import dev.otelint.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs examples/nginx's own collector config with otelint's runtime: its filelog receiver, operators and
 * processors as written, the opensearch exporter swapped for a file exporter through --set, as a user would.
 * Every raw.log line must arrive once, parsed, with the processors' resource and integer attributes.
 */
class NginxExampleTest {
    private static final Path EXAMPLE = Path.of("examples/nginx/getting-started");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyRawLogLineArrivesWithTheParsedAttributes() throws Exception {
        Path out = dir.resolve("logs.json");
        Report report = new Report();
        CollectorConfig config = CollectorConfigs.read(List.of(EXAMPLE.resolve("collector.yaml").toString()),
                List.of("receivers.filelog.include=['" + EXAMPLE.resolve("raw.log").toAbsolutePath() + "']",
                        "exporters=null", "exporters.file.path=" + out, "service.pipelines.logs.exporters=[file]"),
                name -> null, ComponentRegistry.builtIn(), report, true);
        assertThat(report.findings()).isEmpty();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Collector collector = Collector.build(config, new CollectorLog(new PrintStream(log, true, StandardCharsets.UTF_8)));
        CountDownLatch stop = new CountDownLatch(1);
        Thread run = new Thread(() -> {
            try {
                new CollectorRunner(collector, Duration.ofMillis(50), null).run(stop);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        run.start();
        List<String> raw = Files.readAllLines(EXAMPLE.resolve("raw.log"));
        FileLogHarness.await(() -> collector.pipelines().get(0).summary().startsWith("logs: " + raw.size()
                + " received"), raw.size() + " records received");
        stop.countDown();
        run.join(30_000);

        List<JsonNode> records = records(out);
        assertThat(records).hasSize(raw.size());
        assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("Failed to process entry");
        for (int i = 0; i < raw.size(); i++) {
            JsonNode r = records.get(i);
            Map<String, String> attrs = attributes(r);
            String line = raw.get(i);
            assertThat(r.path("body").path("stringValue").asText()).isEqualTo(line);
            assertThat(line).startsWith(attrs.get("client.address") + " ");
            assertThat(line).contains("\"" + attrs.get("http.request.method") + " " + attrs.get("url.path"));
            assertThat(line).contains("HTTP/" + attrs.get("network.protocol.version") + "\" "
                    + attrs.get("http.response.status_code") + " " + attrs.get("http.response.body.size") + " ");
            assertThat(line).endsWith("\"" + attrs.get("user_agent.original") + "\"");
            assertThat(attrs).containsEntry("network.protocol.name", "http").containsEntry("log.file.name", "raw.log")
                    .doesNotContainKey("time_local");
            int status = Integer.parseInt(attrs.get("http.response.status_code"));
            int expectedSeverity = status >= 500 ? 17 : status >= 400 ? 13 : 9;
            assertThat(r.path("severityNumber").asInt()).as(line).isEqualTo(expectedSeverity);
            assertThat(r.path("severityText").asText()).isEqualTo(String.valueOf(status));
        }
        JsonNode first = records.get(0);
        assertThat(Instant.ofEpochSecond(0, Long.parseLong(first.path("timeUnixNano").asText())))
                .isEqualTo(Instant.parse("2023-11-14T22:13:21Z")); // [14/Nov/2023:22:13:21 +0000]
        assertThat(attributes(records.get(1))).containsEntry("url.query", "page=2");
        assertThat(first.path("attributes").findValues("intValue")).as("transform's Int(): status and body size")
                .hasSize(2);
        JsonNode resource = JSON.readTree(Files.readAllLines(out).get(0)).path("resourceLogs").get(0).path("resource");
        assertThat(attributes(resource)).containsEntry("service.name", "nginx").containsKeys("host.name", "os.type");
        assertThat(attributes(resource).get("host.name")).as("resourcedetection's system detector").isNotBlank();
        assertThat(readableByOtelint(out)).isEqualTo(raw.size());
    }

    private static List<JsonNode> records(Path out) throws Exception {
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            for (JsonNode rl : JSON.readTree(line).path("resourceLogs")) {
                for (JsonNode sl : rl.path("scopeLogs")) {
                    sl.path("logRecords").forEach(records::add);
                }
            }
        }
        return records;
    }

    private static Map<String, String> attributes(JsonNode record) {
        Map<String, String> attrs = new LinkedHashMap<>();
        record.path("attributes").forEach(a -> attrs.put(a.path("key").asText(),
                a.path("value").has("intValue") ? a.path("value").path("intValue").asText()
                        : a.path("value").path("stringValue").asText()));
        return attrs;
    }

    private static int readableByOtelint(Path out) throws Exception {
        int n = 0;
        try (RecordReader reader = RecordReaders.open(out, ReadOptions.defaults(), f -> { })) {
            for (Record r = reader.next(); r != null; r = reader.next()) {
                n++;
            }
        }
        return n;
    }
}
