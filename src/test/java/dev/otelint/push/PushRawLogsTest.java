package dev.otelint.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.records.JsonValue;
import dev.otelint.records.Record;
import java.net.InetAddress;
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

    /** examples/nginx with its getting-started folder as shipped: raw.log and collector.yaml, unchanged. */
    private Path nginx() throws Exception {
        Path integration = dir.resolve("nginx");
        Files.createDirectories(integration.resolve("schemas"));
        Files.createDirectories(integration.resolve("getting-started"));
        for (String file : List.of("raw.log", "collector.yaml")) {
            Files.copy(GETTING_STARTED.resolve(file), integration.resolve("getting-started").resolve(file));
        }
        return integration;
    }

    @Test
    void nginxRawLogLinesArriveWithTheAttributesTheConfigSets() throws Exception {
        Path out = dir.resolve("out.json");
        Path rawLog = nginx().resolve("getting-started/raw.log");
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
        JsonValue resource = records.get(0).document().get("resource");
        assertThat(resource.get("service.name").text()).isEqualTo("nginx");
        // the resourcedetection processor's system detector: hostname_sources [dns, os]
        InetAddress local = InetAddress.getLocalHost();
        assertThat(resource.get("host.name").text()).isNotBlank()
                .isIn(local.getCanonicalHostName(), local.getHostName(), kernelHostname());
    }

    private static String kernelHostname() throws Exception {
        Path proc = Path.of("/proc/sys/kernel/hostname");
        return Files.isReadable(proc) ? Files.readString(proc).strip() : "";
    }

    @Test
    void aRawLogOutsideAnIntegrationNeedsIntegration() throws Exception {
        Path log = Files.createDirectories(dir.resolve("logs")).resolve("access.log");
        Files.writeString(log, "x\n");
        PushRun run = PushRun.run(log.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no folder above it is an integration: give one with --integration DIR");

        Path out = dir.resolve("out.json");
        PushRun given = PushRun.run("--integration", nginx().toString(), "--to", "file=" + out,
                log.toString());
        assertThat(given.code()).as(given.out() + given.err()).isZero();
        assertThat(PushRun.records(out)).hasSize(1);
    }
}
