package dev.otelint.collector;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing a collector process must not lose what it acknowledged: PushPeerRestartTest once read a file exporter's
 * output after a SIGKILL, and the requests taken in the last flush_interval were missing.
 */
class CollectorProcessTest {
    @TempDir
    Path dir;

    @Test
    void closeShutsDownGracefullySoTheFileHoldsEveryAcknowledgedRequest() throws Exception {
        int port = RunningCollector.freePort();
        Path out = dir.resolve("out.json");
        String yaml = "receivers: {otlp: {protocols: {http: {endpoint: 'localhost:" + port + "'}}}}\n"
                + "exporters: {file: {path: '" + out + "', flush_interval: 1h}}\n"
                + "service: {pipelines: {logs: {receivers: [otlp], exporters: [file]}}}\n";
        try (CollectorProcess collector = CollectorProcess.start(dir, "c", yaml)) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/logs"))
                            .header("Content-Type", "application/x-protobuf")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(Otlp.logs(3).toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("the receiver acknowledged the request").isEqualTo(200);
            assertThat(Files.size(out)).as("still in the exporter's buffer: a kill now would lose it").isZero();
        }
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(written.lines()).hasSize(1);
        assertThat(written).contains("\"line 0\"", "\"line 1\"", "\"line 2\"");
    }
}
