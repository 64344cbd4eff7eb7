package dev.otelint.collector.service.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.otelint.collector.Otlp;
import dev.otelint.collector.RunningCollector;
import dev.otelint.collector.component.SignalType;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exporter metrics: a full sending_queue, and the exporters without one (debug, file). */
class ExporterTelemetryTest {
    private static final String TELEMETRY = "telemetry: {metrics: {readers: [{pull: {exporter: {prometheus: "
            + "{host: localhost, port: 0}}}}]}}";

    @Test
    void aFullQueueCountsEnqueueFailedAndTheReceiverRefused() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger arrivals = new AtomicInteger();
        HttpServer peer = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        peer.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        peer.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                arrivals.incrementAndGet();
                release.await(20, TimeUnit.SECONDS);
                exchange.sendResponseHeaders(200, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        peer.start();
        int httpA = RunningCollector.freePort();
        try (RunningCollector a = new RunningCollector("{receivers: {otlp: {protocols: {http: {endpoint: 'localhost:"
                + httpA + "'}}}}, exporters: {otlphttp: {endpoint: 'http://localhost:" + peer.getAddress().getPort()
                + "', sending_queue: {queue_size: 1, num_consumers: 1}}}, service: {" + TELEMETRY + ", pipelines: "
                + "{traces: {receivers: [otlp], exporters: [otlphttp]}}}}")) {
            PrometheusEndpoint endpoint = a.collector().telemetry().addresses().get(0);
            // the one consumer takes the first request and waits on the peer; the second is queued; no room for the third
            assertThat(Scrape.postOtlp(httpA, "/v1/traces", Otlp.spans(2).toByteArray())).isEqualTo(200);
            Scrape.await(() -> arrivals.get() == 1);
            assertThat(Scrape.postOtlp(httpA, "/v1/traces", Otlp.spans(2).toByteArray())).isEqualTo(200);
            assertThat(Scrape.postOtlp(httpA, "/v1/traces", Otlp.spans(2).toByteArray())).isEqualTo(503);

            Scrape full = Scrape.get(endpoint, "/metrics");
            assertThat(full.value("otelcol_exporter_enqueue_failed_spans_total", "exporter", "otlphttp")).isEqualTo(2);
            assertThat(full.value("otelcol_exporter_queue_size", "exporter", "otlphttp", "data_type", "traces"))
                    .isEqualTo(1);
            assertThat(full.value("otelcol_exporter_queue_capacity", "exporter", "otlphttp")).isEqualTo(1);
            assertThat(full.value("otelcol_receiver_accepted_spans_total", "transport", "http")).isEqualTo(4);
            assertThat(full.value("otelcol_receiver_refused_spans_total", "transport", "http")).isEqualTo(2);

            release.countDown();
            Scrape.await(() -> Scrape.sample(endpoint, "otelcol_exporter_sent_spans_total", "exporter", "otlphttp")
                    == 4);
            assertThat(Scrape.get(endpoint, "/metrics").value("otelcol_exporter_queue_size", "exporter", "otlphttp"))
                    .isZero();
        } finally {
            release.countDown();
            peer.stop(0);
        }
    }

    @Test
    void debugAndFileExportersCountWhatTheyExported(@TempDir Path dir) throws Exception {
        String file = dir.resolve("out.json").toString().replace("\\", "/");
        try (RunningCollector c = new RunningCollector("{receivers: {test: {}}, exporters: {debug: {}, file: {path: '"
                + file + "'}}, service: {" + TELEMETRY + ", pipelines: {traces: {receivers: [test], exporters: "
                + "[debug, file]}, logs: {receivers: [test], exporters: [file]}}}}")) {
            c.testReceiver.push("test", SignalType.TRACES, Otlp.spans(3));
            c.testReceiver.push("test", SignalType.TRACES, Otlp.spans(2));
            c.testReceiver.push("test", SignalType.LOGS, Otlp.logs(4));

            Scrape scrape = Scrape.get(c.collector().telemetry().addresses().get(0), "/metrics");
            assertThat(scrape.value("otelcol_exporter_sent_spans_total", "exporter", "debug")).isEqualTo(5);
            assertThat(scrape.value("otelcol_exporter_sent_spans_total", "exporter", "file")).isEqualTo(5);
            assertThat(scrape.value("otelcol_exporter_sent_log_records_total", "exporter", "file")).isEqualTo(4);
            assertThat(scrape.value("otelcol_exporter_send_failed_spans_total", "exporter", "file")).isZero();
            assertThat(scrape.value("otelcol_exporter_sent_log_records_total", "exporter", "debug")).isNull();
        }
    }
}
