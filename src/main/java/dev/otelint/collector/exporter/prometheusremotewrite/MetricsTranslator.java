package dev.otelint.collector.exporter.prometheusremotewrite;

import dev.otelint.catalog.PrometheusNames;
import dev.otelint.catalog.SemconvInstrument;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.AggregationTemporality;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.metrics.v1.SummaryDataPoint;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;

/**
 * OTLP metrics to Prometheus series, as contrib's translator/prometheusremotewrite FromMetrics: gauges and sums
 * as one series each (monotonic sums named as counters), histograms as {@code _bucket{le}} (cumulative counts,
 * up to {@code +Inf}), {@code _sum} and {@code _count}, summaries as {@code {quantile}}, {@code _sum} and
 * {@code _count}, one {@code target_info} per resource; timestamps in milliseconds. Sums and histograms that are
 * not cumulative are dropped, as the exporter drops them.
 */
final class MetricsTranslator {
    /** OTLP DataPointFlags FLAG_NO_RECORDED_VALUE. */
    private static final int NO_RECORDED_VALUE = 1;

    private final String namespace;
    private final boolean addMetricSuffixes;
    private final boolean targetInfo;
    private final SeriesLabels labels;

    MetricsTranslator(PrometheusRemoteWriteConfig config) {
        this.namespace = config.namespace;
        this.addMetricSuffixes = config.addMetricSuffixes;
        this.targetInfo = config.targetInfo.enabled;
        this.labels = new SeriesLabels(config.sanitizedExternalLabels(), config.resourceToTelemetryConversion.enabled);
    }

    Translation translate(ExportMetricsServiceRequest request) {
        Translation out = new Translation();
        for (ResourceMetrics rm : request.getResourceMetricsList()) {
            List<KeyValue> resource = rm.getResource().getAttributesList();
            long latestNanos = 0;
            for (ScopeMetrics sm : rm.getScopeMetricsList()) {
                for (Metric metric : sm.getMetricsList()) {
                    latestNanos = Math.max(latestNanos, PointTimes.latest(metric));
                    metric(metric, resource, out);
                }
            }
            targetInfo(resource, latestNanos, out.series());
        }
        return out;
    }

    private void metric(Metric metric, List<KeyValue> resource, Translation out) {
        switch (metric.getDataCase()) {
            case GAUGE -> numbers(metric.getGauge().getDataPointsList(), name(metric, SemconvInstrument.GAUGE),
                    resource, out.series());
            case SUM -> {
                if (cumulative(metric, metric.getSum().getAggregationTemporality(), out)) {
                    SemconvInstrument kind = metric.getSum().getIsMonotonic()
                            ? SemconvInstrument.COUNTER : SemconvInstrument.UPDOWNCOUNTER;
                    numbers(metric.getSum().getDataPointsList(), name(metric, kind), resource, out.series());
                }
            }
            case HISTOGRAM -> {
                if (cumulative(metric, metric.getHistogram().getAggregationTemporality(), out)) {
                    String name = name(metric, SemconvInstrument.HISTOGRAM);
                    metric.getHistogram().getDataPointsList().forEach(p -> histogram(p, name, resource, out.series()));
                }
            }
            case EXPONENTIAL_HISTOGRAM -> {
                if (cumulative(metric, metric.getExponentialHistogram().getAggregationTemporality(), out)) {
                    out.drop(Translation.EXPONENTIAL, metric.getName(),
                            metric.getExponentialHistogram().getDataPointsCount());
                }
            }
            // a summary gets neither _total nor _ratio: HISTOGRAM names it so
            case SUMMARY -> {
                String name = name(metric, SemconvInstrument.HISTOGRAM);
                metric.getSummary().getDataPointsList().forEach(p -> summary(p, name, resource, out.series()));
            }
            case DATA_NOT_SET -> { } // no data points: nothing to send or count
        }
    }

    /** translator/prometheusremotewrite isValidAggregationTemporality: only cumulative sums and histograms. */
    private static boolean cumulative(Metric metric, AggregationTemporality temporality, Translation out) {
        if (temporality == AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE) {
            return true;
        }
        out.drop(temporality == AggregationTemporality.AGGREGATION_TEMPORALITY_DELTA ? Translation.DELTA
                : Translation.UNSPECIFIED, metric.getName(), PointTimes.count(metric));
        return false;
    }

    private String name(Metric metric, SemconvInstrument instrument) {
        return PrometheusNames.metricName(metric.getName(), metric.getUnit(), instrument, addMetricSuffixes, namespace);
    }

    private void numbers(List<NumberDataPoint> points, String name, List<KeyValue> resource, TimeSeriesSet out) {
        for (NumberDataPoint p : points) {
            double value = p.getValueCase() == NumberDataPoint.ValueCase.AS_INT ? p.getAsInt() : p.getAsDouble();
            out.add(with(labels.point(resource, p.getAttributesList()), name), stale(p.getFlags(), value),
                    millis(p.getTimeUnixNano()));
        }
    }

    private void histogram(HistogramDataPoint p, String name, List<KeyValue> resource, TimeSeriesSet out) {
        TreeMap<String, String> base = labels.point(resource, p.getAttributesList());
        long at = millis(p.getTimeUnixNano());
        int flags = p.getFlags();
        if (p.hasSum()) { // an unset sum means no _sum series
            out.add(with(base, name + "_sum"), stale(flags, p.getSum()), at);
        }
        out.add(with(base, name + "_count"), stale(flags, p.getCount()), at);
        long cumulative = 0;
        int buckets = Math.min(p.getExplicitBoundsCount(), p.getBucketCountsCount());
        for (int i = 0; i < buckets; i++) {
            cumulative += p.getBucketCounts(i);
            TreeMap<String, String> bucket = with(base, name + "_bucket");
            bucket.put("le", formatFloat(p.getExplicitBounds(i)));
            out.add(bucket, stale(flags, cumulative), at);
        }
        TreeMap<String, String> inf = with(base, name + "_bucket");
        inf.put("le", "+Inf");
        out.add(inf, stale(flags, p.getCount()), at);
    }

    private void summary(SummaryDataPoint p, String name, List<KeyValue> resource, TimeSeriesSet out) {
        TreeMap<String, String> base = labels.point(resource, p.getAttributesList());
        long at = millis(p.getTimeUnixNano());
        int flags = p.getFlags();
        out.add(with(base, name + "_sum"), stale(flags, p.getSum()), at);
        out.add(with(base, name + "_count"), stale(flags, p.getCount()), at);
        for (SummaryDataPoint.ValueAtQuantile q : p.getQuantileValuesList()) {
            TreeMap<String, String> quantile = with(base, name);
            quantile.put("quantile", formatFloat(q.getQuantile()));
            out.add(quantile, stale(flags, q.getValue()), at);
        }
    }

    /**
     * addResourceTargetInfo: value 1 at the resource's latest point, when target_info is on, the resource has
     * attributes beyond service.namespace/name/instance.id, and it has a job or an instance.
     */
    private void targetInfo(List<KeyValue> resource, long latestNanos, TimeSeriesSet out) {
        if (!targetInfo || latestNanos == 0
                || resource.stream().allMatch(kv -> SeriesLabels.IDENTIFYING.contains(kv.getKey()))) {
            return;
        }
        TreeMap<String, String> info = labels.targetInfo(resource);
        if (!info.containsKey("job") && !info.containsKey("instance")) {
            return;
        }
        info.put("__name__", namespace.isEmpty() ? "target_info" : namespace + "_target_info");
        out.add(info, 1, millis(latestNanos));
    }

    private static TreeMap<String, String> with(TreeMap<String, String> base, String name) {
        TreeMap<String, String> labels = new TreeMap<>(base);
        labels.put("__name__", name);
        return labels;
    }

    private static double stale(int flags, double value) {
        return (flags & NO_RECORDED_VALUE) != 0 ? TimeSeriesSet.STALE_NAN : value;
    }

    private static long millis(long unixNanos) {
        return unixNanos / 1_000_000;
    }

    /** Go's strconv.FormatFloat(f, 'f', -1, 64): the shortest digits that read back the same, never an exponent. */
    static String formatFloat(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == 0) {
            return (1 / value) < 0 ? "-0" : "0";
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
