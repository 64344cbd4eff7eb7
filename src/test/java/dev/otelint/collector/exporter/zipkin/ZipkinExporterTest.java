package dev.otelint.collector.exporter.zipkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.otelint.collector.Await;
import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.Otlp;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.ConsumeException;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.exporter.helper.QueuedRetryExporter;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntUnaryOperator;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The exporter against a loopback HTTP server that answers each request with the status a test chooses. */
class ZipkinExporterTest {
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final ComponentSettings settings = new ComponentSettings(ComponentId.parse("zipkin"), ComponentKind.EXPORTER,
            new CollectorLog(new PrintStream(log, true, StandardCharsets.UTF_8)));
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private QueuedRetryExporter<ExportTraceServiceRequest> exporter;

    record Received(Map<String, List<String>> headers, byte[] body) {}

    /** Answers the n-th request (from 0) with {@code status.applyAsInt(n)} and a short text body. */
    private String serve(IntUnaryOperator status) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        server.createContext("/api/v2/spans", exchange -> {
            try (exchange) {
                int n = received.size();
                received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), exchange.getRequestBody().readAllBytes()));
                byte[] reason = ("answer " + n).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status.applyAsInt(n), reason.length);
                exchange.getResponseBody().write(reason);
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v2/spans";
    }

    private ZipkinExporterConfig config(String endpoint) {
        ZipkinExporterConfig config = new ZipkinExporterConfig();
        config.endpoint = endpoint;
        config.retryOnFailure.initialInterval = Duration.ofMillis(10);
        config.retryOnFailure.maxInterval = Duration.ofMillis(20);
        config.validate();
        return config;
    }

    @SuppressWarnings("unchecked")
    private QueuedRetryExporter<ExportTraceServiceRequest> start(ZipkinExporterConfig config) {
        exporter = (QueuedRetryExporter<ExportTraceServiceRequest>) new ZipkinExporterFactory()
                .createExporter(SignalType.TRACES, settings, config);
        exporter.start(null);
        return exporter;
    }

    @AfterEach
    void stop() {
        if (exporter != null) {
            exporter.shutdown();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    private String logText() {
        return log.toString(StandardCharsets.UTF_8);
    }

    @Test
    void postsAJsonArrayOfSpansWithTheConfiguredHeaders() throws Exception {
        ZipkinExporterConfig config = config(serve(n -> 202));
        config.headers = Map.of("X-Tenant", "acme");
        start(config).consume(Otlp.spans(3));
        Await.until(() -> exporter.sentItems() == 3);
        Received r = received.get(0);
        assertThat(r.headers().get("Content-type")).containsExactly("application/json");
        assertThat(r.headers().get("X-tenant")).containsExactly("acme");
        assertThat(r.headers()).doesNotContainKey("Content-encoding");
        JsonNode body = new ObjectMapper().readTree(r.body());
        assertThat(body.isArray()).isTrue();
        assertThat(body).hasSize(3);
        assertThat(body.get(0).get("traceId").asText()).hasSize(32);
    }

    @Test
    void gzipsTheBodyWhenCompressionIsSet() throws Exception {
        ZipkinExporterConfig config = config(serve(n -> 202));
        config.compression = "gzip";
        start(config).consume(Otlp.spans(1));
        Await.until(() -> exporter.sentItems() == 1);
        Received r = received.get(0);
        assertThat(r.headers().get("Content-encoding")).containsExactly("gzip");
        byte[] json = new GZIPInputStream(new java.io.ByteArrayInputStream(r.body())).readAllBytes();
        assertThat(new ObjectMapper().readTree(json)).hasSize(1);
    }

    @Test
    void sendsAProtobufListOfSpansWhenFormatIsProto() throws Exception {
        ZipkinExporterConfig config = config(serve(n -> 202));
        config.format = "proto";
        start(config).consume(Otlp.spans(2));
        Await.until(() -> exporter.sentItems() == 2);
        Received r = received.get(0);
        assertThat(r.headers().get("Content-type")).containsExactly("application/x-protobuf");
        assertThat(r.body()[0]).isEqualTo((byte) 0x0a); // ListOfSpans.spans, field 1, length-delimited
    }

    @Test
    void dropsDataZipkinRefusesWith400WithoutRetryingAndSaysWhy() throws Exception {
        start(config(serve(n -> 400))).consume(Otlp.spans(2));
        Await.until(() -> exporter.failedItems() == 2);
        Thread.sleep(200); // a retry would come after 10-20 ms
        assertThat(received).hasSize(1);
        assertThat(logText()).contains("Exporting failed. Dropping data.", "failed the request with status code 400: answer 0");
    }

    @Test
    void retries5xxAnd429UntilZipkinTakesTheSpans() throws Exception {
        start(config(serve(n -> n == 0 ? 503 : n == 1 ? 429 : 202))).consume(Otlp.spans(2));
        Await.until(() -> exporter.sentItems() == 2);
        assertThat(received).hasSize(3);
        assertThat(exporter.failedItems()).isZero();
        assertThat(logText()).contains("Will retry the request after interval", "status code 503", "status code 429");
    }

    @Test
    void retriesWhenNothingListensAndGivesUpAfterMaxElapsedTime() throws Exception {
        String url = serve(n -> 202);
        server.stop(0);
        server = null;
        ZipkinExporterConfig config = config(url);
        config.retryOnFailure.maxElapsedTime = Duration.ofMillis(300);
        start(config).consume(Otlp.spans(1));
        Await.until(() -> exporter.failedItems() == 1);
        assertThat(logText()).contains("no more retries left", "failed to push trace data via Zipkin exporter");
    }

    @Test
    void aSpanWithoutIdsFailsTheRequestForGoodBeforeAnythingIsSent() throws Exception {
        ZipkinExporterConfig config = config(serve(n -> 202));
        config.sendingQueue.enabled = false;
        start(config);
        ExportTraceServiceRequest bad = ExportTraceServiceRequest.newBuilder(Otlp.spans(1)).setResourceSpans(0,
                Otlp.spans(1).getResourceSpans(0).toBuilder().setScopeSpans(0, Otlp.spans(1).getResourceSpans(0)
                        .getScopeSpans(0).toBuilder().setSpans(0, Otlp.span("x", 0).toBuilder().clearTraceId()))).build();
        assertThatThrownBy(() -> exporter.consume(bad)).isInstanceOf(ConsumeException.class)
                .hasMessageContaining("failed to push trace data via Zipkin exporter: TraceID is invalid");
        assertThat(received).isEmpty();
    }

    @Test
    void warnsThatDefaultServiceNameIsNotUsedAsInTheCollector() throws Exception {
        ZipkinExporterConfig config = config(serve(n -> 202));
        config.defaultServiceName = "mine";
        start(config);
        assertThat(logText()).contains("warn\tdefault_service_name is not used", "OTLPResourceNoServiceName");
    }
}
