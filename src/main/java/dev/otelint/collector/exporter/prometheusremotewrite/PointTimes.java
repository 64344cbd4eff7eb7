package dev.otelint.collector.exporter.prometheusremotewrite;

import io.opentelemetry.proto.metrics.v1.Metric;
import java.util.List;
import java.util.function.ToLongFunction;

/** Per metric: how many data points it has, and the latest point's time (target_info takes it). */
final class PointTimes {
    private PointTimes() {}

    static int count(Metric metric) {
        return switch (metric.getDataCase()) {
            case GAUGE -> metric.getGauge().getDataPointsCount();
            case SUM -> metric.getSum().getDataPointsCount();
            case HISTOGRAM -> metric.getHistogram().getDataPointsCount();
            case EXPONENTIAL_HISTOGRAM -> metric.getExponentialHistogram().getDataPointsCount();
            case SUMMARY -> metric.getSummary().getDataPointsCount();
            case DATA_NOT_SET -> 0;
        };
    }

    /** The latest time_unix_nano of the metric's points, 0 when it has none. */
    static long latest(Metric metric) {
        return switch (metric.getDataCase()) {
            case GAUGE -> max(metric.getGauge().getDataPointsList(), p -> p.getTimeUnixNano());
            case SUM -> max(metric.getSum().getDataPointsList(), p -> p.getTimeUnixNano());
            case HISTOGRAM -> max(metric.getHistogram().getDataPointsList(), p -> p.getTimeUnixNano());
            case EXPONENTIAL_HISTOGRAM -> max(metric.getExponentialHistogram().getDataPointsList(), p -> p.getTimeUnixNano());
            case SUMMARY -> max(metric.getSummary().getDataPointsList(), p -> p.getTimeUnixNano());
            case DATA_NOT_SET -> 0;
        };
    }

    private static <P> long max(List<P> points, ToLongFunction<P> time) {
        long latest = 0;
        for (P p : points) {
            latest = Math.max(latest, time.applyAsLong(p));
        }
        return latest;
    }
}
