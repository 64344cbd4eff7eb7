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
 * The metrics of one scrape of one scraper, shaped by the catalog as contrib's metrics builder shapes them:
 * the unit, kind and value type come from the metric's spec, sums start at boot time (the builder's start
 * time), gauges have no start time; a disabled metric is not recorded. A part of the scrape that fails is
 * noted and the rest still emitted, as the collector's partial scrape errors.
 */
final class MetricsOut {
    private final MetricSelection selection;
    private final long startNanos;
    private final long nowNanos;
    private final Map<String, Metric.Builder> metrics = new LinkedHashMap<>();
    private final List<String> errors = new ArrayList<>();

    MetricsOut(MetricSelection selection, long startNanos, long nowNanos) {
        this.selection = selection;
        this.startNanos = startNanos;
        this.nowNanos = nowNanos;
    }

    boolean enabled(String metric) {
        return selection.isEnabled(metric);
    }

    boolean anyEnabled(String... metrics) {
        return selection.anyEnabled(metrics);
    }

    /** Records a point of {@code metric}; {@code attributes} are key, value, key, value... */
    void record(String metric, Number value, String... attributes) {
        if (!selection.isEnabled(metric)) {
            return;
        }
        MetricSpec spec = selection.spec().metric(metric);
        NumberDataPoint.Builder point = NumberDataPoint.newBuilder().setTimeUnixNano(nowNanos);
        if (spec.doubleValue()) {
            point.setAsDouble(value.doubleValue());
        } else {
            point.setAsInt(value.longValue());
        }
        for (int i = 0; i < attributes.length; i += 2) {
            point.addAttributes(KeyValue.newBuilder().setKey(attributes[i])
                    .setValue(AnyValue.newBuilder().setStringValue(attributes[i + 1])));
        }
        Metric.Builder m = metrics.computeIfAbsent(metric, n -> newMetric(spec));
        if (spec.kind() == MetricSpec.Kind.GAUGE) {
            m.getGaugeBuilder().addDataPoints(point);
        } else {
            m.getSumBuilder().addDataPoints(point.setStartTimeUnixNano(startNanos));
        }
    }

    /** Runs one part of the scrape; when it fails, notes why and lets the other parts run. */
    void part(String what, Part part) {
        try {
            part.run();
        } catch (Exception e) {
            errors.add(what + ": " + e.getMessage());
        }
    }

    /** One part of a scrape (reading a file, a command). */
    interface Part {
        void run() throws Exception;
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    List<Metric> build() {
        List<Metric> out = new ArrayList<>();
        metrics.values().forEach(m -> out.add(m.build()));
        return out;
    }

    private static Metric.Builder newMetric(MetricSpec spec) {
        Metric.Builder m = Metric.newBuilder().setName(spec.name()).setUnit(spec.unit());
        if (spec.kind() == MetricSpec.Kind.GAUGE) {
            return m.setGauge(Gauge.newBuilder());
        }
        return m.setSum(Sum.newBuilder().setIsMonotonic(spec.kind() == MetricSpec.Kind.COUNTER)
                .setAggregationTemporality(AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE));
    }
}
