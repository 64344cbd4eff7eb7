package dev.otelint.collector.exporter.debug;

import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.metrics.v1.Exemplar;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.metrics.v1.SummaryDataPoint;
import java.util.List;

/**
 * Metrics at verbosity detailed, in the collector's layout. Exponential histograms are summarized
 * (count, sum, min, max, scale, zero count), not bucket by bucket.
 */
final class DetailedMetrics {

    private DetailedMetrics() {}

    static String text(ExportMetricsServiceRequest request) {
        DebugText t = new DebugText();
        for (int i = 0; i < request.getResourceMetricsCount(); i++) {
            ResourceMetrics rm = request.getResourceMetrics(i);
            t.line("ResourceMetrics #" + i).line("Resource SchemaURL: " + rm.getSchemaUrl());
            t.attributes("Resource attributes", rm.getResource().getAttributesList());
            for (int j = 0; j < rm.getScopeMetricsCount(); j++) {
                ScopeMetrics sm = rm.getScopeMetrics(j);
                t.line("ScopeMetrics #" + j).line("ScopeMetrics SchemaURL: " + sm.getSchemaUrl()).scope(sm.getScope());
                for (int k = 0; k < sm.getMetricsCount(); k++) {
                    metric(t.line("Metric #" + k), sm.getMetrics(k));
                }
            }
        }
        return t.toString();
    }

    private static void metric(DebugText t, Metric m) {
        t.line("Descriptor:").line("     -> Name: " + m.getName()).line("     -> Description: " + m.getDescription())
                .line("     -> Unit: " + m.getUnit()).line("     -> DataType: " + dataType(m));
        switch (m.getDataCase()) {
            case GAUGE -> numbers(t, m.getGauge().getDataPointsList());
            case SUM -> {
                t.line("     -> IsMonotonic: " + m.getSum().getIsMonotonic())
                        .line("     -> AggregationTemporality: " + temporality(m.getSum().getAggregationTemporalityValue()));
                numbers(t, m.getSum().getDataPointsList());
            }
            case HISTOGRAM -> {
                t.line("     -> AggregationTemporality: " + temporality(m.getHistogram().getAggregationTemporalityValue()));
                histograms(t, m.getHistogram().getDataPointsList());
            }
            case EXPONENTIAL_HISTOGRAM -> {
                t.line("     -> AggregationTemporality: "
                        + temporality(m.getExponentialHistogram().getAggregationTemporalityValue()));
                var points = m.getExponentialHistogram().getDataPointsList();
                for (int i = 0; i < points.size(); i++) {
                    var p = points.get(i);
                    t.line("ExponentialHistogramDataPoints #" + i).attributes("Data point attributes", p.getAttributesList())
                            .line("StartTimestamp: " + DebugText.timestamp(p.getStartTimeUnixNano()))
                            .line("Timestamp: " + DebugText.timestamp(p.getTimeUnixNano()))
                            .line("Count: " + Long.toUnsignedString(p.getCount()))
                            .line("Scale: " + p.getScale()).line("ZeroCount: " + Long.toUnsignedString(p.getZeroCount()));
                    exemplars(t, p.getExemplarsList());
                }
            }
            case SUMMARY -> summaries(t, m.getSummary().getDataPointsList());
            case DATA_NOT_SET -> { }
        }
    }

    private static void numbers(DebugText t, List<NumberDataPoint> points) {
        for (int i = 0; i < points.size(); i++) {
            NumberDataPoint p = points.get(i);
            t.line("NumberDataPoints #" + i).attributes("Data point attributes", p.getAttributesList())
                    .line("StartTimestamp: " + DebugText.timestamp(p.getStartTimeUnixNano()))
                    .line("Timestamp: " + DebugText.timestamp(p.getTimeUnixNano()));
            if (p.getValueCase() == NumberDataPoint.ValueCase.AS_INT) {
                t.line("Value: " + p.getAsInt());
            } else if (p.getValueCase() == NumberDataPoint.ValueCase.AS_DOUBLE) {
                t.line("Value: " + DebugText.fixed(p.getAsDouble()));
            }
            exemplars(t, p.getExemplarsList());
        }
    }

    private static void histograms(DebugText t, List<HistogramDataPoint> points) {
        for (int i = 0; i < points.size(); i++) {
            HistogramDataPoint p = points.get(i);
            t.line("HistogramDataPoints #" + i).attributes("Data point attributes", p.getAttributesList())
                    .line("StartTimestamp: " + DebugText.timestamp(p.getStartTimeUnixNano()))
                    .line("Timestamp: " + DebugText.timestamp(p.getTimeUnixNano()))
                    .line("Count: " + Long.toUnsignedString(p.getCount()));
            if (p.hasSum()) {
                t.line("Sum: " + DebugText.fixed(p.getSum()));
            }
            if (p.hasMin()) {
                t.line("Min: " + DebugText.fixed(p.getMin()));
            }
            if (p.hasMax()) {
                t.line("Max: " + DebugText.fixed(p.getMax()));
            }
            for (int b = 0; b < p.getExplicitBoundsCount(); b++) {
                t.line("ExplicitBounds #" + b + ": " + DebugText.fixed(p.getExplicitBounds(b)));
            }
            for (int b = 0; b < p.getBucketCountsCount(); b++) {
                t.line("Buckets #" + b + ", Count: " + Long.toUnsignedString(p.getBucketCounts(b)));
            }
            exemplars(t, p.getExemplarsList());
        }
    }

    private static void summaries(DebugText t, List<SummaryDataPoint> points) {
        for (int i = 0; i < points.size(); i++) {
            SummaryDataPoint p = points.get(i);
            t.line("SummaryDataPoints #" + i).attributes("Data point attributes", p.getAttributesList())
                    .line("StartTimestamp: " + DebugText.timestamp(p.getStartTimeUnixNano()))
                    .line("Timestamp: " + DebugText.timestamp(p.getTimeUnixNano()))
                    .line("Count: " + Long.toUnsignedString(p.getCount()))
                    .line("Sum: " + DebugText.fixed(p.getSum()));
            for (int q = 0; q < p.getQuantileValuesCount(); q++) {
                var v = p.getQuantileValues(q);
                t.line("QuantileValue #" + q + ": Quantile " + DebugText.fixed(v.getQuantile()) + ", Value "
                        + DebugText.fixed(v.getValue()));
            }
        }
    }

    private static void exemplars(DebugText t, List<Exemplar> exemplars) {
        if (exemplars.isEmpty()) {
            return;
        }
        t.line("Exemplars:");
        for (int i = 0; i < exemplars.size(); i++) {
            Exemplar e = exemplars.get(i);
            t.line("Exemplar #" + i).line("     -> Trace ID: " + DebugText.id(e.getTraceId()))
                    .line("     -> Span ID: " + DebugText.id(e.getSpanId()))
                    .line("     -> Timestamp: " + DebugText.timestamp(e.getTimeUnixNano()));
            if (e.getValueCase() == Exemplar.ValueCase.AS_INT) {
                t.line("     -> Value: " + e.getAsInt());
            } else if (e.getValueCase() == Exemplar.ValueCase.AS_DOUBLE) {
                t.line("     -> Value: " + DebugText.fixed(e.getAsDouble()));
            }
            t.attributes("     -> FilteredAttributes", e.getFilteredAttributesList());
        }
    }

    /** pmetric.MetricType String(). */
    static String dataType(Metric m) {
        return switch (m.getDataCase()) {
            case GAUGE -> "Gauge";
            case SUM -> "Sum";
            case HISTOGRAM -> "Histogram";
            case EXPONENTIAL_HISTOGRAM -> "ExponentialHistogram";
            case SUMMARY -> "Summary";
            case DATA_NOT_SET -> "Empty";
        };
    }

    private static String temporality(int value) {
        return switch (value) {
            case 1 -> "Delta";
            case 2 -> "Cumulative";
            default -> "Unspecified";
        };
    }
}
