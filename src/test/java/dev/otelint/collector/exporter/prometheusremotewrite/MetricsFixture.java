package dev.otelint.collector.exporter.prometheusremotewrite;

import dev.otelint.collector.Otlp;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.AggregationTemporality;
import io.opentelemetry.proto.metrics.v1.Gauge;
import io.opentelemetry.proto.metrics.v1.Histogram;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.metrics.v1.Sum;
import io.opentelemetry.proto.metrics.v1.Summary;
import io.opentelemetry.proto.metrics.v1.SummaryDataPoint;
import io.opentelemetry.proto.resource.v1.Resource;
import java.util.List;

/** OTLP metrics of each kind, for the exporter's tests. */
final class MetricsFixture {
    static final List<KeyValue> RESOURCE = List.of(Otlp.attr("service.name", "checkout"),
            Otlp.attr("service.namespace", "shop"), Otlp.attr("service.instance.id", "pod-1"),
            Otlp.attr("host.name", "node-7"));

    private MetricsFixture() {}

    static ExportMetricsServiceRequest request(List<KeyValue> resource, Metric... metrics) {
        return ExportMetricsServiceRequest.newBuilder().addResourceMetrics(ResourceMetrics.newBuilder()
                .setResource(Resource.newBuilder().addAllAttributes(resource))
                .addScopeMetrics(ScopeMetrics.newBuilder().addAllMetrics(List.of(metrics)))).build();
    }

    static NumberDataPoint point(long nanos, double value, KeyValue... attributes) {
        return NumberDataPoint.newBuilder().setTimeUnixNano(nanos).setAsDouble(value)
                .addAllAttributes(List.of(attributes)).build();
    }

    static Metric counter(String name, String unit, AggregationTemporality temporality, NumberDataPoint... points) {
        return Metric.newBuilder().setName(name).setUnit(unit).setSum(Sum.newBuilder().setIsMonotonic(true)
                .setAggregationTemporality(temporality).addAllDataPoints(List.of(points))).build();
    }

    static Metric gauge(String name, String unit, NumberDataPoint... points) {
        return Metric.newBuilder().setName(name).setUnit(unit)
                .setGauge(Gauge.newBuilder().addAllDataPoints(List.of(points))).build();
    }

    /** Bounds 0.1, 0.5, 1 with counts 2, 3, 1 and 1 above: 7 in all, sum 4.2. */
    static Metric histogram(String name, long nanos) {
        HistogramDataPoint point = HistogramDataPoint.newBuilder().setTimeUnixNano(nanos).setCount(7).setSum(4.2)
                .addAllExplicitBounds(List.of(0.1, 0.5, 1.0)).addAllBucketCounts(List.of(2L, 3L, 1L, 1L))
                .addAttributes(Otlp.attr("http.route", "/cart")).build();
        return Metric.newBuilder().setName(name).setUnit("s").setHistogram(Histogram.newBuilder()
                .setAggregationTemporality(AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE)
                .addDataPoints(point)).build();
    }

    /** Count 10, sum 55, median 5 and p99 9.9. */
    static Metric summary(String name, long nanos) {
        SummaryDataPoint point = SummaryDataPoint.newBuilder().setTimeUnixNano(nanos).setCount(10).setSum(55)
                .addQuantileValues(SummaryDataPoint.ValueAtQuantile.newBuilder().setQuantile(0.5).setValue(5))
                .addQuantileValues(SummaryDataPoint.ValueAtQuantile.newBuilder().setQuantile(0.99).setValue(9.9))
                .build();
        return Metric.newBuilder().setName(name).setUnit("ms")
                .setSummary(Summary.newBuilder().addDataPoints(point)).build();
    }
}
