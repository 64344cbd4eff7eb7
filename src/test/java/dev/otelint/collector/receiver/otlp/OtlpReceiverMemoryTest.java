package dev.otelint.collector.receiver.otlp;

import dev.otelint.testing.FreePorts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.CollectorProcess;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The receiver's memory stays bounded under load: 200 clients each send a 4 MiB body at once to a collector
 * whose heap is 96 MiB. Held all at once the bodies would need 800 MiB; the receiver reads them a few at a
 * time (its fixed handler pool), so the process answers every request and stays up.
 */
class OtlpReceiverMemoryTest {
    private static final int CLIENTS = 200;
    private static final int BODY_BYTES = 4 * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void twoHundredConcurrentFourMebibyteBodiesFitInANinetySixMebibyteHeap() throws Exception {
        int port = freePort();
        String yaml = """
                receivers:
                  otlp:
                    protocols:
                      http: {endpoint: "127.0.0.1:%d"}
                exporters:
                  file: {path: "%s"}
                service:
                  pipelines:
                    traces: {receivers: [otlp], exporters: [file]}
                """.formatted(port, dir.resolve("out.json"));
        try (CollectorProcess collector = CollectorProcess.start(dir, "bounded", yaml, "96m")) {
            URI traces = URI.create("http://127.0.0.1:" + port + "/v1/traces");
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(30)).build();
            byte[] garbage = new byte[BODY_BYTES];
            Arrays.fill(garbage, (byte) 0xff); // not a protobuf message: each answer is a 400
            Map<Integer, Integer> statuses = send(client, traces, garbage);

            assertThat(statuses).as(collector.log()).containsExactly(Map.entry(400, CLIENTS));
            assertThat(collector.isAlive()).as(collector.log()).isTrue();
            assertThat(collector.log()).doesNotContain("OutOfMemoryError");
            // and it still takes data
            HttpResponse<String> ok = client.send(HttpRequest.newBuilder(traces)
                    .header("Content-Type", "application/x-protobuf")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(ExportTraceServiceRequest.getDefaultInstance().toByteArray()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ok.statusCode()).isEqualTo(200);
        }
    }

    private static Map<Integer, Integer> send(HttpClient client, URI uri, byte[] body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                answers.add(pool.submit(() -> client.send(HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(120))
                        .header("Content-Type", "application/x-protobuf")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode()));
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> answer : answers) {
                statuses.merge(answer.get(), 1, Integer::sum);
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int freePort() {
        return FreePorts.pick();
    }
}
