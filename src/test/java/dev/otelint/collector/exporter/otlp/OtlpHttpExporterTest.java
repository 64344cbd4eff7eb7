package dev.otelint.collector.exporter.otlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.collector.Await;
import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.Otlp;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.ConsumeException;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.exporter.helper.QueuedRetryExporter;
import dev.otelint.records.Signal;
import io.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OtlpHttpExporterTest {
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final ComponentSettings settings = new ComponentSettings(ComponentId.parse("otlphttp"), ComponentKind.EXPORTER,
            new CollectorLog(new PrintStream(log, true, StandardCharsets.UTF_8)));
    private QueuedRetryExporter<ExportTraceServiceRequest> exporter;
    private FakeHttpBackend backend;

    private OtlpHttpExporterConfig config(String endpoint) {
        OtlpHttpExporterConfig config = new OtlpHttpExporterConfig();
        config.endpoint = endpoint;
        config.retryOnFailure.initialInterval = Duration.ofMillis(10);
        config.retryOnFailure.maxInterval = Duration.ofMillis(50);
        config.validate();
        return config;
    }

    private QueuedRetryExporter<ExportTraceServiceRequest> start(OtlpHttpExporterConfig config) {
        exporter = (QueuedRetryExporter<ExportTraceServiceRequest>) new OtlpHttpExporterFactory("otlphttp")
                .createExporter(SignalType.TRACES, settings, config);
        exporter.start(null);
        return exporter;
    }

    @AfterEach
    void stop() {
        if (exporter != null) {
            exporter.shutdown();
        }
        if (backend != null) {
            backend.close();
        }
    }

    @Test
    void dropsDataThePeerRefusesWith400WithoutRetrying() throws Exception {
        backend = new FakeHttpBackend(n -> new FakeHttpBackend.Answer(400, Map.of()));
        start(config(backend.url()));
        exporter.consume(Otlp.spans(3));
        Await.until(() -> exporter.failedItems() == 3);
        Thread.sleep(300); // a retry would come after 10-50 ms
        assertThat(backend.arrivals).hasSize(1);
        assertThat(exporter.sentItems()).isZero();
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("Exporting failed. Dropping data.", "\"dropped_items\": 3",
                "responded with HTTP Status Code 400");
    }

    @Test
    void waitsAsLongAsRetryAfterSaysOn429() throws Exception {
        backend = new FakeHttpBackend(n -> n == 0 ? new FakeHttpBackend.Answer(429, Map.of("Retry-After", "2"))
                : new FakeHttpBackend.Answer(200, Map.of()));
        start(config(backend.url()));
        exporter.consume(Otlp.spans(3));
        Await.until(() -> exporter.sentItems() == 3);
        assertThat(backend.arrivals).hasSize(2);
        Duration waited = Duration.ofNanos(backend.arrivals.get(1) - backend.arrivals.get(0));
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("Will retry the request after interval", "\"interval\": \"2s\"");
    }

    @Test
    void retriesRetryableStatusesUntilMaxElapsedTime() throws Exception {
        backend = new FakeHttpBackend(n -> new FakeHttpBackend.Answer(n % 2 == 0 ? 503 : 502, Map.of()));
        OtlpHttpExporterConfig config = config(backend.url());
        config.retryOnFailure.maxElapsedTime = Duration.ofMillis(400);
        start(config);
        exporter.consume(Otlp.spans(2));
        Await.until(() -> exporter.failedItems() == 2);
        assertThat(backend.arrivals.size()).isGreaterThan(2);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("no more retries left");
    }

    @Test
    void logsAPartialSuccessCountsTheRejectedItemsAsFailedAndDoesNotRetryThem() throws Exception {
        byte[] partial = ExportTraceServiceResponse.newBuilder().setPartialSuccess(ExportTracePartialSuccess.newBuilder()
                .setRejectedSpans(2).setErrorMessage("spans too old")).build().toByteArray();
        backend = new FakeHttpBackend(n -> new FakeHttpBackend.Answer(200,
                Map.of("Content-Type", "application/x-protobuf"), partial));
        start(config(backend.url())).consume(Otlp.spans(3));
        Await.until(() -> exporter.sentItems() == 1 && exporter.failedItems() == 2);
        assertThat(backend.arrivals).hasSize(1);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("warn\tPartial success response",
                "\"message\": \"spans too old\"", "\"dropped_spans\": 2");
    }

    @Test
    void sendsHeadersGzipAndProtobufByDefault() throws Exception {
        backend = new FakeHttpBackend(n -> new FakeHttpBackend.Answer(200, Map.of()));
        OtlpHttpExporterConfig config = config(backend.url());
        config.headers = Map.of("X-Tenant", "acme");
        start(config).consume(Otlp.spans(1));
        Await.until(() -> exporter.sentItems() == 1);
        Map<String, List<String>> headers = backend.requestHeaders.get(0);
        assertThat(headers.get("Content-encoding")).containsExactly("gzip");
        assertThat(headers.get("Content-type")).containsExactly("application/x-protobuf");
        assertThat(headers.get("X-tenant")).containsExactly("acme");
    }

    /** A queue of one request, full: the peer holds the first request, the second waits in the queue. */
    private void startWithAFullQueue(boolean blockOnOverflow) throws Exception {
        backend = new FakeHttpBackend(n -> new FakeHttpBackend.Answer(200, Map.of()));
        backend.hold = new CountDownLatch(1);
        OtlpHttpExporterConfig config = config(backend.url());
        config.sendingQueue.queueSize = 1;
        config.sendingQueue.numConsumers = 1;
        config.sendingQueue.blockOnOverflow = blockOnOverflow;
        start(config);
        exporter.consume(Otlp.spans(1));
        Await.until(() -> backend.arrivals.size() == 1);
        exporter.consume(Otlp.spans(2));
    }

    @Test
    void refusesDataWhenTheQueueIsFull() throws Exception {
        startWithAFullQueue(false);
        assertThat(exporter.queued()).isEqualTo(2);
        assertThatThrownBy(() -> exporter.consume(Otlp.spans(4))).isInstanceOf(ConsumeException.class)
                .hasMessage("sending queue is full");
        backend.hold.countDown();
        Await.until(() -> exporter.sentItems() == 3);
        assertThat(exporter.queued()).isZero();
    }

    @Test
    void blockOnOverflowMakesTheCallerWait() throws Exception {
        startWithAFullQueue(true);
        Thread caller = new Thread(() -> exporter.consume(Otlp.spans(1)));
        caller.start();
        caller.join(300);
        assertThat(caller.isAlive()).isTrue();
        backend.hold.countDown();
        caller.join(10_000);
        Await.until(() -> exporter.sentItems() == 4);
    }

    @Test
    void withoutAQueueTheCallerGetsTheFailure() throws Exception {
        backend = new FakeHttpBackend(n -> new FakeHttpBackend.Answer(401, Map.of()));
        OtlpHttpExporterConfig config = config(backend.url());
        config.sendingQueue.enabled = false;
        start(config);
        assertThatThrownBy(() -> exporter.consume(Otlp.spans(1))).isInstanceOf(ConsumeException.class)
                .hasMessageContaining("HTTP Status Code 401");
    }

    @Test
    void signalUrlsFollowTheCollectorsRules() {
        OtlpHttpExporterConfig config = new OtlpHttpExporterConfig();
        config.endpoint = "https://otel.example.com:4318";
        config.logsEndpoint = "https://logs.example.com/ingest";
        assertThat(config.url(Signal.TRACES)).isEqualTo("https://otel.example.com:4318/v1/traces");
        assertThat(config.url(Signal.LOGS)).isEqualTo("https://logs.example.com/ingest");
        config.endpoint = "https://otel.example.com/otlp/";
        assertThat(config.url(Signal.METRICS)).isEqualTo("https://otel.example.com/otlp/v1/metrics");
        assertThatThrownBy(new OtlpHttpExporterConfig()::validate).hasMessage("at least one endpoint must be specified");
        OtlpHttpExporterConfig snappy = config("http://localhost:1");
        snappy.compression = "snappy";
        assertThatThrownBy(snappy::validate).hasMessageStartingWith("unsupported compression type \"snappy\"");
        OtlpHttpExporterConfig tooHigh = config("http://localhost:1");
        tooHigh.compressionParams.level = 11;
        assertThatThrownBy(tooHigh::validate).hasMessageStartingWith("unsupported compression type and level gzip - 11");
    }
}
