package dev.otelint.collector.receiver.hostmetrics;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.AggregationTemporality;
import io.opentelemetry.proto.metrics.v1.Gauge;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.Sum;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics of one scrape, built as the hostmetrics receiver shapes them: counters are cumulative
 * monotonic sums starting at boot, usages are non-monotonic sums, load averages gauges.
 */
final class MetricsOut {
    private final long startNanos;
    private final long nowNanos;
    private final Map<String, Metric.Builder> metrics = new LinkedHashMap<>();

    MetricsOut(long startNanos, long nowNanos) {
        this.startNanos = startNanos;
        this.nowNanos = nowNanos;
    }

    /** A point of a cumulative monotonic sum (a counter). */
    void counter(String name, String unit, double value, String... attributes) {
        sum(name, unit, true).addDataPoints(point(attributes).setAsDouble(value));
    }

    void counter(String name, String unit, long value, String... attributes) {
        sum(name, unit, true).addDataPoints(point(attributes).setAsInt(value));
    }

    /** A point of a cumulative non-monotonic sum (an up-down counter). */
    void usage(String name, String unit, long value, String... attributes) {
        sum(name, unit, false).addDataPoints(point(attributes).setAsInt(value));
    }

    void gauge(String name, String unit, double value, String... attributes) {
        metrics.computeIfAbsent(name, n -> Metric.newBuilder().setName(n).setUnit(unit).setGauge(Gauge.newBuilder()))
                .getGaugeBuilder().addDataPoints(point(attributes).setStartTimeUnixNano(0).setAsDouble(value));
    }

    List<Metric> build() {
        List<Metric> out = new ArrayList<>();
        metrics.values().forEach(m -> out.add(m.build()));
        return out;
    }

    private Sum.Builder sum(String name, String unit, boolean monotonic) {
        return metrics.computeIfAbsent(name, n -> Metric.newBuilder().setName(n).setUnit(unit)
                .setSum(Sum.newBuilder().setIsMonotonic(monotonic)
                        .setAggregationTemporality(AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE)))
                .getSumBuilder();
    }

    /** {@code attributes} as key, value, key, value... */
    private NumberDataPoint.Builder point(String... attributes) {
        NumberDataPoint.Builder p = NumberDataPoint.newBuilder().setStartTimeUnixNano(startNanos).setTimeUnixNano(nowNanos);
        for (int i = 0; i < attributes.length; i += 2) {
            p.addAttributes(KeyValue.newBuilder().setKey(attributes[i])
                    .setValue(AnyValue.newBuilder().setStringValue(attributes[i + 1])));
        }
        return p;
    }
}
