package dev.otelint.collector.exporter.prometheusremotewrite;

import static dev.otelint.collector.exporter.prometheusremotewrite.MetricsFixture.RESOURCE;
import static dev.otelint.collector.exporter.prometheusremotewrite.MetricsFixture.counter;
import static dev.otelint.collector.exporter.prometheusremotewrite.MetricsFixture.gauge;
import static dev.otelint.collector.exporter.prometheusremotewrite.MetricsFixture.point;
import static dev.otelint.collector.exporter.prometheusremotewrite.MetricsFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.otelint.collector.Await;
import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.Otlp;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.ExportOutcomes;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.exporter.helper.QueuedRetryExporter;
import dev.otelint.collector.service.telemetry.MetricRegistry;
import dev.otelint.prometheus.PrometheusExtension;
import dev.otelint.prometheus.PrometheusServer;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.metrics.v1.AggregationTemporality;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The exporter against a real Prometheus: what it stores, read back with PromQL. Each test has its namespace. */
@ExtendWith(PrometheusExtension.class)
class PrometheusRemoteWriteExporterTest {
    private static final AggregationTemporality CUMULATIVE = AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final Map<String, Long> rejected = new ConcurrentHashMap<>();
    private final AtomicLong accepted = new AtomicLong();
    private final ExportOutcomes outcomes = new ExportOutcomes() {
        @Override
        public void accepted(ComponentId exporter, SignalType<?> signal, long items) {
            accepted.addAndGet(items);
        }

        @Override
        public void rejected(ComponentId exporter, SignalType<?> signal, long items, String reason) {
            rejected.merge(reason, items, Long::sum);
        }
    };
    private QueuedRetryExporter<ExportMetricsServiceRequest> exporter;

    private QueuedRetryExporter<ExportMetricsServiceRequest> start(PrometheusRemoteWriteConfig config) {
        config.validate();
        ComponentSettings settings = new ComponentSettings(ComponentId.parse("prometheusremotewrite"),
                ComponentKind.EXPORTER, new CollectorLog(new PrintStream(log, true, StandardCharsets.UTF_8)),
                new MetricRegistry(), outcomes);
        exporter = (QueuedRetryExporter<ExportMetricsServiceRequest>) new PrometheusRemoteWriteExporterFactory()
                .createExporter(SignalType.METRICS, settings, config);
        exporter.start(null);
        return exporter;
    }

    private static PrometheusRemoteWriteConfig config(PrometheusServer prometheus, String namespace) {
        PrometheusRemoteWriteConfig config = new PrometheusRemoteWriteConfig();
        config.endpoint = prometheus.writeUrl();
        config.namespace = namespace;
        return config;
    }

    @AfterEach
    void stop() {
        if (exporter != null) {
            exporter.shutdown();
        }
    }

    /** name -> value of an instant query, keyed by the labels other than __name__ that {@code key} names. */
    private static Map<String, Double> values(JsonNode result, String key) {
        Map<String, Double> values = new TreeMap<>();
        result.forEach(r -> values.put(r.path("metric").path(key).asText(), r.path("value").get(1).asDouble()));
        return values;
    }

    @Test
    void countersAndGaugesArriveWithTheirNamesJobInstanceAndTargetInfo(PrometheusServer prometheus) throws Exception {
        long now = System.currentTimeMillis() * 1_000_000;
        start(config(prometheus, "t1")).consume(request(RESOURCE,
                counter("http.server.requests", "{request}", CUMULATIVE, point(now, 42, Otlp.attr("http.route", "/cart"))),
                gauge("system.memory.utilization", "1", point(now, 0.25))));
        Await.until(() -> exporter.sentItems() == 2);

        JsonNode counter = prometheus.query("t1_http_server_requests_total");
        assertThat(counter).hasSize(1);
        assertThat(counter.get(0).path("metric").toString()).isEqualTo("{\"__name__\":\"t1_http_server_requests_total\","
                + "\"http_route\":\"/cart\",\"instance\":\"pod-1\",\"job\":\"shop/checkout\"}");
        assertThat(counter.get(0).path("value").get(1).asDouble()).isEqualTo(42);
        assertThat(values(prometheus.query("t1_system_memory_utilization_ratio"), "job")).containsEntry("shop/checkout", 0.25);
        JsonNode info = prometheus.query("t1_target_info");
        assertThat(info.get(0).path("metric").toString()).isEqualTo("{\"__name__\":\"t1_target_info\","
                + "\"host_name\":\"node-7\",\"instance\":\"pod-1\",\"job\":\"shop/checkout\"}");
        assertThat(accepted.get()).isEqualTo(2);
    }

    @Test
    void histogramsAndSummariesArriveAsBucketsQuantilesSumsAndCounts(PrometheusServer prometheus) throws Exception {
        long now = System.currentTimeMillis() * 1_000_000;
        start(config(prometheus, "t2")).consume(request(RESOURCE, MetricsFixture.histogram("http.server.duration", now),
                MetricsFixture.summary("rpc.latency", now)));
        Await.until(() -> exporter.sentItems() == 2);

        assertThat(values(prometheus.query("t2_http_server_duration_seconds_bucket{http_route=\"/cart\"}"), "le"))
                .containsExactlyEntriesOf(new TreeMap<>(Map.of("+Inf", 7.0, "0.1", 2.0, "0.5", 5.0, "1", 6.0)));
        assertThat(values(prometheus.query("t2_http_server_duration_seconds_sum"), "job")).containsEntry("shop/checkout", 4.2);
        assertThat(values(prometheus.query("t2_http_server_duration_seconds_count"), "job")).containsEntry("shop/checkout", 7.0);
        assertThat(values(prometheus.query(
                "histogram_quantile(0.5, t2_http_server_duration_seconds_bucket)"), "job").get("shop/checkout"))
                .as("PromQL reads the buckets as a histogram").isBetween(0.1, 0.5);
        assertThat(values(prometheus.query("t2_rpc_latency_milliseconds"), "quantile"))
                .containsExactlyEntriesOf(new TreeMap<>(Map.of("0.5", 5.0, "0.99", 9.9)));
        assertThat(values(prometheus.query("t2_rpc_latency_milliseconds_count"), "job")).containsEntry("shop/checkout", 10.0);
        assertThat(values(prometheus.query("t2_rpc_latency_milliseconds_sum"), "job")).containsEntry("shop/checkout", 55.0);
    }

    @Test
    void deltaMetricsAreDroppedExplainedOnceAndReportedAsRejected(PrometheusServer prometheus) throws Exception {
        long now = System.currentTimeMillis() * 1_000_000;
        AggregationTemporality delta = AggregationTemporality.AGGREGATION_TEMPORALITY_DELTA;
        start(config(prometheus, "t3"));
        for (int i = 0; i < 3; i++) {
            exporter.consume(request(RESOURCE, counter("jobs.done", "", delta, point(now + i, 1), point(now + i, 2)),
                    gauge("queue.depth", "", point(now + i * 1_000_000L, 7))));
        }
        Await.until(() -> exporter.sentItems() == 3 && exporter.failedItems() == 6);

        assertThat(rejected).containsOnlyKeys(Translation.DELTA).containsEntry(Translation.DELTA, 6L);
        String text = log.toString(StandardCharsets.UTF_8);
        assertThat(text.split("Dropping metric \"jobs.done\"", -1)).as("explained once").hasSize(2);
        assertThat(text).contains("delta temporality, which Prometheus remote write cannot take; add a "
                + "deltatocumulative processor");
        assertThat(prometheus.query("t3_jobs_done_total")).isEmpty();
        assertThat(values(prometheus.query("t3_queue_depth"), "job")).containsEntry("shop/checkout", 7.0);
    }

    @Test
    void externalLabelsJoinEverySeries(PrometheusServer prometheus) throws Exception {
        PrometheusRemoteWriteConfig config = config(prometheus, "t4");
        config.externalLabels = Map.of("cluster.name", "eu-1");
        config.targetInfo.enabled = false;
        start(config).consume(request(RESOURCE, gauge("up", "", point(System.currentTimeMillis() * 1_000_000, 1))));
        Await.until(() -> exporter.sentItems() == 1);
        assertThat(values(prometheus.query("{__name__=~\"t4_.*\"}"), "cluster_name")).containsOnlyKeys("eu-1");
        assertThat(prometheus.series("t4_target_info")).isEmpty();
    }

    @Test
    void aSampleThePeerRefusesIsDroppedWithTheServersReason(PrometheusServer prometheus) throws Exception {
        PrometheusRemoteWriteConfig config = config(prometheus, "t5");
        start(config);
        long now = System.currentTimeMillis() * 1_000_000;
        exporter.consume(request(List.of(), gauge("temp", "", point(now, 20))));
        Await.until(() -> exporter.sentItems() == 1);
        exporter.consume(request(List.of(), gauge("temp", "", point(now - 60_000_000_000L, 19)))); // out of order
        Await.until(() -> exporter.failedItems() == 1);
        assertThat(rejected.keySet()).singleElement().asString()
                .startsWith("remote write returned HTTP status 400").contains("out of order");
    }
}
