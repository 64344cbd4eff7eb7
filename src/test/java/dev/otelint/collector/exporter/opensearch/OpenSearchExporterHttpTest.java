package dev.otelint.collector.exporter.opensearch;

import dev.otelint.testing.FreePorts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.Otlp;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.ConsumeException;
import dev.otelint.collector.component.ExportOutcomes;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.exporter.helper.QueuedRetryExporter;
import dev.otelint.collector.service.telemetry.MetricRegistry;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The exporter against a loopback Bulk API: auth headers, per-item retries, whole-request failures. */
class OpenSearchExporterHttpTest {
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final ComponentSettings settings = new ComponentSettings(ComponentId.parse("opensearch"),
            ComponentKind.EXPORTER, new CollectorLog(new PrintStream(log, true, StandardCharsets.UTF_8)),
            new MetricRegistry(), new ExportOutcomes() {
                @Override
                public void accepted(ComponentId exporter, SignalType<?> signal, long items) {
                    heard.add("accepted " + items);
                }

                @Override
                public void rejected(ComponentId exporter, SignalType<?> signal, long items, String reason) {
                    heard.add("rejected " + items + " " + reason);
                }

                @Override
                public void retried(ComponentId exporter, SignalType<?> signal, long items, String reason) {
                    heard.add("retried " + reason);
                }
            });
    private QueuedRetryExporter<ExportLogsServiceRequest> exporter;
    private FakeOpenSearch server;

    @AfterEach
    void stop() {
        if (exporter != null) {
            exporter.shutdown();
        }
        if (server != null) {
            server.close();
        }
    }

    /** A synchronous exporter (no queue) with fast retries. */
    private QueuedRetryExporter<ExportLogsServiceRequest> start(String endpoint, Map<String, String> headers) {
        OpenSearchExporterConfig config = new OpenSearchExporterConfig();
        config.http.endpoint = endpoint;
        config.http.headers = headers;
        config.sendingQueue.enabled = false;
        config.retryOnFailure.initialInterval = Duration.ofMillis(10);
        config.retryOnFailure.maxInterval = Duration.ofMillis(20);
        config.retryOnFailure.maxElapsedTime = Duration.ofMillis(500);
        config.validate();
        exporter = (QueuedRetryExporter<ExportLogsServiceRequest>) new OpenSearchExporterFactory()
                .createExporter(SignalType.LOGS, settings, config);
        exporter.start(null);
        return exporter;
    }

    @Test
    void sendsBasicAuthFromTheEndpointsUserInfo() throws IOException {
        server = new FakeOpenSearch((n, r) -> FakeOpenSearch.bulk("", 201));
        start(server.url("elastic:s3cret"), Map.of()).consume(Otlp.logs(1));

        assertThat(server.requests.get(0).headers().get("Authorization"))
                .containsExactly("Basic ZWxhc3RpYzpzM2NyZXQ="); // base64("elastic:s3cret")
        assertThat(server.requests.get(0).headers().get("Content-type").get(0)).startsWith("application/");
    }

    @Test
    void anAuthorizationHeaderIsSentAsWrittenAndWinsOverUserInfo() throws IOException {
        server = new FakeOpenSearch((n, r) -> FakeOpenSearch.bulk("", 201));
        start(server.url("elastic:s3cret"), Map.of("Authorization", "Bearer t0ken", "X-Tenant", "blue"))
                .consume(Otlp.logs(1));

        assertThat(server.requests.get(0).headers().get("Authorization")).containsExactly("Bearer t0ken");
        assertThat(server.requests.get(0).headers().get("X-tenant")).containsExactly("blue");
    }

    @Test
    void sendsOnlyTheItemsThatFailedWith429Again() throws IOException {
        server = new FakeOpenSearch((n, r) -> n == 0 ? FakeOpenSearch.bulk("es_rejected_execution_exception", 201, 429, 201)
                : FakeOpenSearch.bulk("", 201));
        start(server.url(), Map.of()).consume(Otlp.logs(3));

        assertThat(server.requests).hasSize(2);
        assertThat(server.requests.get(0).documents()).hasSize(3);
        assertThat(server.requests.get(1).documents()).containsExactly(server.requests.get(0).documents().get(1));
        assertThat(heard).containsExactly("retried 1 of the bulk request's items failed: "
                + "es_rejected_execution_exception: item 1 failed", "accepted 3");
        assertThat(exporter.sentItems()).isEqualTo(3);
    }

    @Test
    void itemsRefusedForGoodAreRejectedWithOpenSearchsReasonLoggedOnce() throws IOException {
        server = new FakeOpenSearch((n, r) -> FakeOpenSearch.bulk("mapper_parsing_exception", 400, 201, 400));
        start(server.url(), Map.of()).consume(Otlp.logs(3));
        exporter.consume(Otlp.logs(3));

        assertThat(server.requests).hasSize(2); // no retry
        assertThat(heard).containsExactly("accepted 1", "rejected 2 mapper_parsing_exception: item 0 failed",
                "accepted 1", "rejected 2 mapper_parsing_exception: item 0 failed");
        assertThat(exporter.failedItems()).isEqualTo(4);
        String text = log.toString(StandardCharsets.UTF_8);
        assertThat(text.split("OpenSearch refused documents", -1)).hasSize(2);
        assertThat(text).contains("\"reason\": \"mapper_parsing_exception: item 0 failed\"");
    }

    @Test
    void aRequestRefusedWith401IsPermanent() throws IOException {
        server = new FakeOpenSearch((n, r) -> new FakeOpenSearch.Answer(401,
                "{\"error\":{\"type\":\"security_exception\",\"reason\":\"missing authentication credentials\"},"
                        + "\"status\":401}"));
        start(server.url(), Map.of());

        assertThatThrownBy(() -> exporter.consume(Otlp.logs(2))).isInstanceOf(ConsumeException.class)
                .hasMessageContaining("HTTP 401: security_exception: missing authentication credentials");
        assertThat(server.requests).hasSize(1);
        assertThat(heard).containsExactly("rejected 2 bulk request to " + server.url()
                + " failed with HTTP 401: security_exception: missing authentication credentials");
    }

    @Test
    void anUnreachableEndpointIsRetriedUntilRetriesRunOut() throws IOException {
        int closedPort = FreePorts.pick();
        start("http://127.0.0.1:" + closedPort, Map.of());

        assertThatThrownBy(() -> exporter.consume(Otlp.logs(2))).isInstanceOf(ConsumeException.class)
                .hasMessageContaining("no more retries left").hasMessageContaining("failed to send the bulk request");
        assertThat(heard).first().asString().startsWith("retried failed to send the bulk request to http://127.0.0.1:"
                + closedPort);
        assertThat(exporter.failedItems()).isEqualTo(2);
    }
}
