package dev.otelint.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.records.JsonValue;
import dev.otelint.records.Record;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Raw log files through an integration's getting-started/collector.yaml, to push's targets. */
class PushRawLogsTest {
    private static final Path GETTING_STARTED = Path.of("examples/nginx/getting-started");

    @TempDir
    Path dir;

    /**
     * examples/nginx with its getting-started config as written but for resourcedetection (host.name), a
     * processor otelint does not run: the receivers, operators and other processors are the example's own.
     */
    private Path nginxWithoutResourceDetection() throws Exception {
        Path integration = dir.resolve("nginx");
        Files.createDirectories(integration.resolve("schemas"));
        Files.createDirectories(integration.resolve("getting-started"));
        Files.copy(GETTING_STARTED.resolve("raw.log"), integration.resolve("getting-started/raw.log"));
        String config = Files.readString(GETTING_STARTED.resolve("collector.yaml"))
                .replace("  resourcedetection:\n    detectors: [system]\n", "")
                .replace("processors: [transform, resourcedetection, resource, batch]",
                        "processors: [transform, resource, batch]");
        assertThat(config).doesNotContain("resourcedetection");
        Files.writeString(integration.resolve("getting-started/collector.yaml"), config);
        return integration;
    }

    @Test
    void nginxRawLogLinesArriveWithTheAttributesTheConfigSets() throws Exception {
        Path out = dir.resolve("out.json");
        Path rawLog = nginxWithoutResourceDetection().resolve("getting-started/raw.log");
        PushRun run = PushRun.run("--to", "file=" + out, rawLog.toString());
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("20 records to file").contains("accepted: 20");

        List<String> raw = Files.readAllLines(GETTING_STARTED.resolve("raw.log"));
        List<Record> records = PushRun.records(out);
        assertThat(records).hasSize(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            JsonValue doc = records.get(i).document();
            JsonValue attributes = doc.get("attributes");
            assertThat(doc.get("body").text()).isEqualTo(raw.get(i));
            assertThat(raw.get(i)).contains("\"" + attributes.get("http.request.method").text() + " "
                    + attributes.get("url.path").text());
            JsonValue status = attributes.get("http.response.status_code");
            assertThat(status.kind()).as("the transform processor's Int()").isEqualTo(JsonValue.Kind.INTEGER);
            assertThat(raw.get(i)).contains("\" " + status.text() + " ");
        }
        assertThat(records.get(0).document().get("resource").get("service.name").text()).isEqualTo("nginx");
    }

    @Test
    void aRawLogOutsideAnIntegrationNeedsIntegration() throws Exception {
        Path log = Files.createDirectories(dir.resolve("logs")).resolve("access.log");
        Files.writeString(log, "x\n");
        PushRun run = PushRun.run(log.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no folder above it is an integration: give one with --integration DIR");

        Path out = dir.resolve("out.json");
        PushRun given = PushRun.run("--integration", nginxWithoutResourceDetection().toString(), "--to", "file=" + out,
                log.toString());
        assertThat(given.code()).as(given.out() + given.err()).isZero();
        assertThat(PushRun.records(out)).hasSize(1);
    }
}
