package dev.otelint.collector.exporter.prometheusremotewrite;

import static dev.otelint.collector.exporter.prometheusremotewrite.MetricsFixture.counter;
import static dev.otelint.collector.exporter.prometheusremotewrite.MetricsFixture.point;
import static dev.otelint.collector.exporter.prometheusremotewrite.MetricsFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.Await;
import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.Otlp;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.exporter.helper.QueuedRetryExporter;
import dev.otelint.prometheus.PrometheusExtension;
import dev.otelint.prometheus.PrometheusServer;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.metrics.v1.AggregationTemporality;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Prometheus stops in the middle of a push and comes back on the same port and TSDB: retries deliver it all. */
class PrometheusRemoteWriteFaultTest {
    private static final int REQUESTS = 40;

    @Test
    void nothingIsLostWhenPrometheusRestartsMidPush() throws Exception {
        PrometheusExtension.binaryOrSkip("PrometheusRemoteWriteFaultTest");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (PrometheusServer prometheus = PrometheusServer.start()) {
            PrometheusRemoteWriteConfig config = new PrometheusRemoteWriteConfig();
            config.endpoint = prometheus.writeUrl();
            config.retryOnFailure.maxElapsedTime = Duration.ofMinutes(2);
            config.validate();
            @SuppressWarnings("unchecked")
            QueuedRetryExporter<ExportMetricsServiceRequest> exporter =
                    (QueuedRetryExporter<ExportMetricsServiceRequest>) new PrometheusRemoteWriteExporterFactory()
                            .createExporter(SignalType.METRICS, new ComponentSettings(ComponentId.parse("prometheusremotewrite"),
                                    ComponentKind.EXPORTER, new CollectorLog(new PrintStream(log, true, StandardCharsets.UTF_8))),
                                    config);
            exporter.start(null);
            try {
                long now = System.currentTimeMillis() * 1_000_000;
                for (int i = 0; i < REQUESTS; i++) {
                    if (i == REQUESTS / 3) {
                        Await.until(() -> exporter.sentItems() == REQUESTS / 3);
                        prometheus.stop();
                    }
                    exporter.consume(request(List.of(), counter("fault.ops", "",
                            AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE,
                            point(now + i * 1_000_000L, i, Otlp.attr("request", Integer.toString(i))))));
                }
                Thread.sleep(1000); // retries fail meanwhile
                assertThat(exporter.sentItems()).isEqualTo(REQUESTS / 3);
                prometheus.restart();
                Await.until(() -> exporter.sentItems() == REQUESTS, Duration.ofSeconds(60));
                assertThat(exporter.failedItems()).isZero();
                assertThat(prometheus.query("count(fault_ops_total)").get(0).path("value").get(1).asInt())
                        .isEqualTo(REQUESTS);
                assertThat(prometheus.query("sum(fault_ops_total)").get(0).path("value").get(1).asInt())
                        .isEqualTo(REQUESTS * (REQUESTS - 1) / 2);
            } finally {
                exporter.shutdown();
            }
        }
    }
}
