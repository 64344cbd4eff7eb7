package dev.otelint.gen;

import dev.otelint.collector.component.SignalType;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.AggregationTemporality;
import io.opentelemetry.proto.metrics.v1.Histogram;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import java.util.List;

/**
 * The http.server.request.duration histogram (unit {@code s}, the semantic conventions' advised bucket
 * boundaries): a unit is one delta data point covering the time since the worker's previous point, with a few
 * simulated request durations counted into its buckets.
 */
public final class MetricGenerator extends RecordGenerator<ExportMetricsServiceRequest> {
    static final List<Double> BOUNDARIES = List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0,
            7.5, 10.0);
    private static final List<KeyValue> ATTRIBUTES = List.of(attribute("http.request.method", "GET"),
            attribute("url.scheme", "http"), attribute("http.route", "/api/items/{id}"),
            attribute("http.response.status_code", 200), attribute("network.protocol.version", "1.1"));

    private Histogram.Builder histogram = newHistogram();
    private long previousNanos;

    public MetricGenerator(GenSettings settings, long seed) {
        super(settings, seed);
    }

    @Override
    public SignalType<ExportMetricsServiceRequest> signal() {
        return SignalType.METRICS;
    }

    @Override
    public int addUnit(long nowNanos) {
        long start = previousNanos == 0 || previousNanos >= nowNanos ? nowNanos - 1_000_000 : previousNanos;
        previousNanos = nowNanos;
        long[] buckets = new long[BOUNDARIES.size() + 1];
        int requests = 1 + random.nextInt(5);
        double sum = 0;
        for (int i = 0; i < requests; i++) {
            double seconds = 0.001 + random.nextDouble() * random.nextDouble() * 0.6;
            sum += seconds;
            buckets[bucket(seconds)]++;
        }
        HistogramDataPoint.Builder point = HistogramDataPoint.newBuilder().setStartTimeUnixNano(start)
                .setTimeUnixNano(nowNanos).setCount(requests).setSum(sum).addAllExplicitBounds(BOUNDARIES)
                .addAllAttributes(ATTRIBUTES).addAllAttributes(telemetryAttributes);
        for (long count : buckets) {
            point.addBucketCounts(count);
        }
        histogram.addDataPoints(point);
        return 1;
    }

    /** Explicit buckets are upper-inclusive: bucket i holds (bounds[i-1], bounds[i]]. */
    private static int bucket(double value) {
        int i = 0;
        while (i < BOUNDARIES.size() && value > BOUNDARIES.get(i)) {
            i++;
        }
        return i;
    }

    @Override
    public ExportMetricsServiceRequest takeRequest() {
        Metric metric = Metric.newBuilder().setName("http.server.request.duration").setUnit("s")
                .setDescription("Duration of HTTP server requests.").setHistogram(histogram).build();
        histogram = newHistogram();
        return ExportMetricsServiceRequest.newBuilder().addResourceMetrics(ResourceMetrics.newBuilder()
                .setResource(resource).addScopeMetrics(ScopeMetrics.newBuilder().setScope(SCOPE).addMetrics(metric)))
                .build();
    }

    private static Histogram.Builder newHistogram() {
        return Histogram.newBuilder().setAggregationTemporality(AggregationTemporality.AGGREGATION_TEMPORALITY_DELTA);
    }
}
