package dev.otelint.collector.exporter.prometheusremotewrite;

import static dev.otelint.collector.exporter.prometheusremotewrite.MetricsFixture.RESOURCE;
import static dev.otelint.collector.exporter.prometheusremotewrite.MetricsFixture.counter;
import static dev.otelint.collector.exporter.prometheusremotewrite.MetricsFixture.gauge;
import static dev.otelint.collector.exporter.prometheusremotewrite.MetricsFixture.point;
import static dev.otelint.collector.exporter.prometheusremotewrite.MetricsFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.Otlp;
import dev.otelint.collector.exporter.prometheusremotewrite.TimeSeriesSet.Series;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.metrics.v1.AggregationTemporality;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MetricsTranslatorTest {
    private static final long NANOS = 1_700_000_000_123_456_789L;
    private static final AggregationTemporality CUMULATIVE = AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE;
    private final PrometheusRemoteWriteConfig config = new PrometheusRemoteWriteConfig();

    /** Each series as "{a="x", b="y"}" (sorted, __name__ included) -> its samples' values. */
    private Map<String, List<Double>> series(ExportMetricsServiceRequest request) {
        config.endpoint = "http://127.0.0.1:9090/api/v1/write";
        config.validate();
        Map<String, List<Double>> out = new LinkedHashMap<>();
        for (Series s : new MetricsTranslator(config).translate(request).series().sorted()) {
            String labels = s.labels().stream().map(l -> l.name() + "=\"" + l.value() + "\"")
                    .collect(Collectors.joining(", ", "{", "}"));
            out.put(labels, s.samples().stream().map(TimeSeriesSet.Sample::value).toList());
        }
        return out;
    }

    @Test
    void namesCountersWithUnitAndTotalAndUnitOneGaugesWithRatio() {
        config.targetInfo.enabled = false;
        Map<String, List<Double>> series = series(request(List.of(),
                counter("http.server.requests", "{request}", CUMULATIVE, point(NANOS, 3)),
                counter("process.cpu.time", "s", CUMULATIVE, point(NANOS, 1.5)),
                gauge("system.memory.utilization", "1", point(NANOS, 0.25)),
                gauge("2xx.rate", "By/s", point(NANOS, 9))));
        assertThat(series.keySet()).containsExactly("{__name__=\"_2xx_rate_bytes_per_second\"}",
                "{__name__=\"http_server_requests_total\"}", "{__name__=\"process_cpu_time_seconds_total\"}",
                "{__name__=\"system_memory_utilization_ratio\"}");
    }

    @Test
    void namespaceAndNoSuffixesFollowBuildCompliantName() {
        config.targetInfo.enabled = false;
        config.namespace = "shop";
        config.addMetricSuffixes = false;
        assertThat(series(request(List.of(), counter("http.requests", "1", CUMULATIVE, point(NANOS, 1)))))
                .containsOnlyKeys("{__name__=\"shop_http_requests\"}");
    }

    @Test
    void labelsAreSanitizedCollidingNamesJoinedJobAndInstanceFromTheResourceExternalLabelsLast() {
        config.targetInfo.enabled = false;
        config.externalLabels = Map.of("cluster.name", "eu-1", "job", "ignored");
        NumberDataPoint p = point(NANOS, 1, Otlp.attr("http.method", "GET"), Otlp.attr("http_method", "get"),
                Otlp.attr("1st", "a"), Otlp.attr("_private", "b"));
        assertThat(series(request(RESOURCE, gauge("up", "", p)))).containsOnlyKeys("{__name__=\"up\", "
                + "cluster_name=\"eu-1\", http_method=\"GET;get\", instance=\"pod-1\", job=\"shop/checkout\", "
                + "key_1st=\"a\", key_private=\"b\"}");
    }

    @Test
    void targetInfoCarriesTheOtherResourceAttributesAtTheLatestPointTime() {
        Map<String, List<Double>> series = series(request(RESOURCE, gauge("up", "", point(NANOS, 1))));
        assertThat(series).containsEntry(
                "{__name__=\"target_info\", host_name=\"node-7\", instance=\"pod-1\", job=\"shop/checkout\"}", List.of(1.0));
        config.targetInfo.enabled = true;
        assertThat(series(request(RESOURCE.subList(0, 3), gauge("up", "", point(NANOS, 1)))))
                .as("only job and instance: no target_info").hasSize(1);
    }

    @Test
    void resourceToTelemetryConversionPutsResourceAttributesOnEveryPoint() {
        config.targetInfo.enabled = false;
        config.resourceToTelemetryConversion.enabled = true;
        assertThat(series(request(RESOURCE, gauge("up", "", point(NANOS, 1, Otlp.attr("host.name", "mine"))))))
                .containsOnlyKeys("{__name__=\"up\", host_name=\"mine\", instance=\"pod-1\", job=\"shop/checkout\", "
                        + "service_instance_id=\"pod-1\", service_name=\"checkout\", service_namespace=\"shop\"}");
    }

    @Test
    void histogramsBecomeCumulativeBucketsUpToInfPlusSumAndCount() {
        config.targetInfo.enabled = false;
        Map<String, List<Double>> series = series(request(List.of(), MetricsFixture.histogram("http.server.duration", NANOS)));
        String route = "http_route=\"/cart\"";
        assertThat(series).containsExactly(
                Map.entry("{__name__=\"http_server_duration_seconds_bucket\", " + route + ", le=\"+Inf\"}", List.of(7.0)),
                Map.entry("{__name__=\"http_server_duration_seconds_bucket\", " + route + ", le=\"0.1\"}", List.of(2.0)),
                Map.entry("{__name__=\"http_server_duration_seconds_bucket\", " + route + ", le=\"0.5\"}", List.of(5.0)),
                Map.entry("{__name__=\"http_server_duration_seconds_bucket\", " + route + ", le=\"1\"}", List.of(6.0)),
                Map.entry("{__name__=\"http_server_duration_seconds_count\", " + route + "}", List.of(7.0)),
                Map.entry("{__name__=\"http_server_duration_seconds_sum\", " + route + "}", List.of(4.2)));
    }

    @Test
    void summariesBecomeQuantilesSumAndCount() {
        config.targetInfo.enabled = false;
        assertThat(series(request(List.of(), MetricsFixture.summary("rpc.latency", NANOS)))).containsExactly(
                Map.entry("{__name__=\"rpc_latency_milliseconds\", quantile=\"0.5\"}", List.of(5.0)),
                Map.entry("{__name__=\"rpc_latency_milliseconds\", quantile=\"0.99\"}", List.of(9.9)),
                Map.entry("{__name__=\"rpc_latency_milliseconds_count\"}", List.of(10.0)),
                Map.entry("{__name__=\"rpc_latency_milliseconds_sum\"}", List.of(55.0)));
    }

    @Test
    void noRecordedValueBecomesStaleNaNAndTimestampsAreMilliseconds() {
        config.targetInfo.enabled = false;
        config.endpoint = "http://127.0.0.1:9090/api/v1/write";
        NumberDataPoint stale = point(NANOS, 5).toBuilder().setFlags(1).build();
        Series s = new MetricsTranslator(config).translate(request(List.of(), gauge("up", "", stale)))
                .series().sorted().get(0);
        assertThat(Double.doubleToRawLongBits(s.samples().get(0).value())).isEqualTo(0x7ff0000000000002L);
        assertThat(s.samples().get(0).timestampMillis()).isEqualTo(1_700_000_000_123L);
    }

    @Test
    void deltaSumsAndHistogramsAreDroppedAndCountedWithTheReason() {
        config.endpoint = "http://127.0.0.1:9090/api/v1/write";
        Translation t = new MetricsTranslator(config).translate(request(List.of(),
                counter("requests", "", AggregationTemporality.AGGREGATION_TEMPORALITY_DELTA, point(NANOS, 1), point(NANOS, 2)),
                gauge("up", "", point(NANOS, 1))));
        assertThat(t.droppedPoints()).isEqualTo(2);
        assertThat(t.reason()).contains("delta temporality", "deltatocumulative");
        assertThat(t.droppedMetrics()).containsEntry(Translation.DELTA, java.util.Set.of("requests"));
        assertThat(t.series().sampleCount()).isEqualTo(1);
    }

    @Test
    void formatsBoundsAsGoFormatFloatWithoutExponent() {
        assertThat(MetricsTranslator.formatFloat(1.0)).isEqualTo("1");
        assertThat(MetricsTranslator.formatFloat(0.005)).isEqualTo("0.005");
        assertThat(MetricsTranslator.formatFloat(1e21)).isEqualTo("1000000000000000000000");
        assertThat(MetricsTranslator.formatFloat(1e-7)).isEqualTo("0.0000001");
        assertThat(MetricsTranslator.formatFloat(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
    }
}
