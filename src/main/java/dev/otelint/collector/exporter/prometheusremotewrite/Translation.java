package dev.otelint.collector.exporter.prometheusremotewrite;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one export request became: its series, and the data points the exporter cannot send, with why (one reason
 * per kind of drop, so that push's summary groups them) and the metrics each reason dropped.
 */
final class Translation {
    /** Worded after the exporter's "invalid temporality and type combination for metric" error. */
    static final String DELTA = "invalid temporality and type combination: delta temporality, which Prometheus "
            + "remote write cannot take; add a deltatocumulative processor before this exporter";
    static final String UNSPECIFIED = "invalid temporality and type combination: aggregation temporality unspecified";
    static final String EXPONENTIAL = "exponential histogram: the exporter sends it as a native histogram, which "
            + "otelint does not implement";

    private final TimeSeriesSet series = new TimeSeriesSet();
    private final Map<String, Set<String>> droppedMetrics = new LinkedHashMap<>();
    private long droppedPoints;

    TimeSeriesSet series() {
        return series;
    }

    void drop(String reason, String metric, int points) {
        droppedMetrics.computeIfAbsent(reason, r -> new TreeSet<>()).add(metric);
        droppedPoints += points;
    }

    long droppedPoints() {
        return droppedPoints;
    }

    /** reason -> names of the metrics it dropped. */
    Map<String, Set<String>> droppedMetrics() {
        return droppedMetrics;
    }

    /** The reasons, joined; empty when nothing was dropped. */
    String reason() {
        return String.join("; ", droppedMetrics.keySet());
    }
}
