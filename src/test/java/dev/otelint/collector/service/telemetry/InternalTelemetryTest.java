package dev.otelint.collector.service.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.otelint.collector.Otlp;
import dev.otelint.collector.RunningCollector;
import dev.otelint.report.BadInputException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The collector's Prometheus endpoint, scraped over real HTTP while real pipelines run. */
class InternalTelemetryTest {

    @Test
    void countsWhatFlowsThroughAChainOverHttpAndGrpc() throws Exception {
        int grpcB = RunningCollector.freePort();
        int httpA = RunningCollector.freePort();
        try (RunningCollector b = new RunningCollector("{receivers: {otlp: {protocols: {grpc: {endpoint: 'localhost:"
                + grpcB + "'}}}}, exporters: {recording: {}}, service: {" + telemetry(0) + ", pipelines: {"
                + "traces: {receivers: [otlp], exporters: [recording]}, logs: {receivers: [otlp], exporters: [recording]}}}}");
             RunningCollector a = new RunningCollector("{receivers: {otlp: {protocols: {http: {endpoint: 'localhost:"
                + httpA + "'}}}}, processors: {batch: {timeout: 50ms, send_batch_size: 5}}, exporters: {otlp: "
                + "{endpoint: 'localhost:" + grpcB + "', tls: {insecure: true}}}, service: {" + telemetry(0)
                + ", pipelines: {traces: {receivers: [otlp], processors: [batch], exporters: [otlp]}, "
                + "logs: {receivers: [otlp], processors: [batch], exporters: [otlp]}}}}")) {
            for (int i = 0; i < 4; i++) {
                assertThat(Scrape.postOtlp(httpA, "/v1/traces", Otlp.spans(3).toByteArray())).isEqualTo(200);
            }
            assertThat(Scrape.postOtlp(httpA, "/v1/logs", Otlp.logs(2).toByteArray())).isEqualTo(200);
            assertThat(Scrape.postOtlp(httpA, "/v1/logs", Otlp.logs(2).toByteArray())).isEqualTo(200);
            Scrape.await(() -> b.recordedItems() == 16);
            PrometheusEndpoint endpointA = a.collector().telemetry().addresses().get(0);
            Scrape.await(() -> Scrape.sample(endpointA, "otelcol_exporter_sent_log_records_total", "exporter", "otlp") == 4);

            Scrape scrapeA = Scrape.get(endpointA, "/metrics");
            assertThat(scrapeA.status).isEqualTo(200);
            assertThat(scrapeA.contentType).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
            assertThat(scrapeA.value("otelcol_receiver_accepted_spans_total", "receiver", "otlp", "transport", "http"))
                    .isEqualTo(12);
            assertThat(scrapeA.value("otelcol_receiver_refused_spans_total", "receiver", "otlp")).isZero();
            assertThat(scrapeA.value("otelcol_receiver_accepted_log_records_total", "receiver", "otlp")).isEqualTo(4);
            assertThat(scrapeA.value("otelcol_exporter_sent_spans_total", "exporter", "otlp")).isEqualTo(12);
            assertThat(scrapeA.value("otelcol_exporter_send_failed_spans_total", "exporter", "otlp")).isZero();
            assertThat(scrapeA.value("otelcol_exporter_queue_capacity", "exporter", "otlp", "data_type", "traces"))
                    .isEqualTo(1000);
            assertThat(scrapeA.value("otelcol_exporter_queue_size", "exporter", "otlp", "data_type", "logs")).isZero();
            // the traces and logs pipelines' batch processors share the processor="batch" series, as in the collector
            assertThat(scrapeA.value("otelcol_processor_batch_batch_send_size_sum", "processor", "batch"))
                    .isEqualTo(16);
            assertThat(scrapeA.value("otelcol_process_uptime_seconds_total")).isPositive();
            assertThat(scrapeA.value("otelcol_process_runtime_heap_alloc_bytes")).isPositive();
            assertThat(scrapeA.body).contains("service_name=\"otelint\"").containsPattern(
                    "service_instance_id=\"[0-9a-f-]{36}\"").contains("# TYPE otelcol_receiver_accepted_spans_total counter");

            Scrape scrapeB = Scrape.get(b.collector().telemetry().addresses().get(0), "/metrics");
            assertThat(scrapeB.value("otelcol_receiver_accepted_spans_total", "receiver", "otlp", "transport", "grpc"))
                    .isEqualTo(12);
            assertThat(scrapeB.value("otelcol_receiver_accepted_log_records_total", "transport", "grpc")).isEqualTo(4);
            assertThat(scrapeB.body).doesNotContain("instance_id=\"" + instanceId(scrapeA) + "\"");
        }
    }

    @Test
    void aPeerAnswering400CountsSendFailedWithOneAttemptPerBatch() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        HttpServer peer = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        peer.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                attempts.incrementAndGet();
                exchange.sendResponseHeaders(400, -1);
            }
        });
        peer.start();
        int httpA = RunningCollector.freePort();
        try (RunningCollector a = new RunningCollector("{receivers: {otlp: {protocols: {http: {endpoint: 'localhost:"
                + httpA + "'}}}}, processors: {batch: {timeout: 20ms}}, exporters: {otlphttp: {endpoint: 'http://localhost:"
                + peer.getAddress().getPort() + "'}}, service: {" + telemetry(0) + ", pipelines: {traces: "
                + "{receivers: [otlp], processors: [batch], exporters: [otlphttp]}}}}")) {
            for (int i = 0; i < 3; i++) {
                assertThat(Scrape.postOtlp(httpA, "/v1/traces", Otlp.spans(2).toByteArray())).isEqualTo(200);
            }
            PrometheusEndpoint endpoint = a.collector().telemetry().addresses().get(0);
            // with retries the failure would only be counted once they ran out, minutes later
            Scrape.await(() -> Scrape.sample(endpoint, "otelcol_exporter_send_failed_spans_total", "exporter", "otlphttp") == 6);
            Scrape scrape = Scrape.get(endpoint, "/metrics");
            assertThat(scrape.value("otelcol_exporter_sent_spans_total", "exporter", "otlphttp")).isZero();
            assertThat(scrape.value("otelcol_receiver_accepted_spans_total", "receiver", "otlp")).isEqualTo(6);
            double batches = scrape.value("otelcol_processor_batch_batch_send_size_count", "processor", "batch");
            assertThat(batches).isBetween(1.0, 3.0);
            assertThat(attempts.get()).isEqualTo((int) batches);
            assertThat(a.log()).contains("Exporting failed. Dropping data.");
        } finally {
            peer.stop(0);
        }
    }

    @Test
    void theOlderAddressSettingServesOnlyGetMetrics() throws Exception {
        try (RunningCollector a = new RunningCollector("{receivers: {test: {}}, exporters: {recording: {}}, service: "
                + "{telemetry: {metrics: {address: 'localhost:0'}}, pipelines: {traces: {receivers: [test], "
                + "exporters: [recording]}}}}")) {
            PrometheusEndpoint endpoint = a.collector().telemetry().addresses().get(0);
            assertThat(endpoint.host()).isEqualTo("localhost");
            assertThat(Scrape.get(endpoint, "/metrics").body).contains("otelcol_process_uptime_seconds_total");
            assertThat(Scrape.get(endpoint, "/").status).isEqualTo(404);
            Scrape post = Scrape.send(HttpRequest.newBuilder(Scrape.uri(endpoint, "/metrics"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(post.status).isEqualTo(405);
            assertThat(a.log()).contains("Serving metrics").contains("\"address\": \"" + endpoint + "\"")
                    .contains("\"metrics level\": \"Normal\"");
        }
    }

    @Test
    void levelNoneServesNothing() throws Exception {
        int port = RunningCollector.freePort();
        try (RunningCollector a = new RunningCollector("{receivers: {test: {}}, exporters: {recording: {}}, service: "
                + "{telemetry: {metrics: {level: none, address: 'localhost:" + port + "'}}, pipelines: {traces: "
                + "{receivers: [test], exporters: [recording]}}}}")) {
            assertThat(a.collector().telemetry().addresses()).isEmpty();
            assertThatThrownBy(() -> Scrape.get(new PrometheusEndpoint("localhost", port), "/metrics"))
                    .isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void aPortInUseIsBadInputNamingTheSetting() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("localhost"))) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> new RunningCollector("{receivers: {test: {}}, exporters: {recording: {}}, "
                    + "service: {" + telemetry(port) + ", pipelines: {traces: {receivers: [test], exporters: [recording]}}}}"))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith("service::telemetry::metrics: cannot serve metrics on localhost:" + port + ": ");
        }
    }

    private static String telemetry(int port) {
        return "telemetry: {metrics: {readers: [{pull: {exporter: {prometheus: {host: localhost, port: " + port + "}}}}]}}";
    }

    private static String instanceId(Scrape scrape) {
        int at = scrape.body.indexOf("service_instance_id=\"") + "service_instance_id=\"".length();
        return scrape.body.substring(at, scrape.body.indexOf('"', at));
    }
}
