package dev.otelint.collector.exporter.prometheusremotewrite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The Prometheus series of one export request, each with its samples in arrival order. Labels are sorted by name
 * and series by labels, as the remote write spec asks of a sender.
 */
final class TimeSeriesSet {
    /** Prometheus' staleness marker (value.StaleNaN): the no_recorded_value flag of an OTLP point. */
    static final double STALE_NAN = Double.longBitsToDouble(0x7ff0000000000002L);

    record Label(String name, String value) {}

    record Sample(double value, long timestampMillis) {}

    record Series(List<Label> labels, List<Sample> samples) {}

    private static final Comparator<Label> LABEL_ORDER =
            Comparator.comparing(Label::name).thenComparing(Label::value);
    private static final Comparator<Series> SERIES_ORDER = (a, b) -> {
        int n = Math.min(a.labels.size(), b.labels.size());
        for (int i = 0; i < n; i++) {
            int c = LABEL_ORDER.compare(a.labels.get(i), b.labels.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.labels.size(), b.labels.size());
    };

    private final Map<List<Label>, Series> series = new HashMap<>();

    /** Adds a sample to the series of {@code labels} (a map sorted by name). */
    void add(SortedMap<String, String> labels, double value, long timestampMillis) {
        List<Label> key = new ArrayList<>(labels.size());
        labels.forEach((name, v) -> key.add(new Label(name, v)));
        series.computeIfAbsent(List.copyOf(key), k -> new Series(k, new ArrayList<>()))
                .samples().add(new Sample(value, timestampMillis));
    }

    boolean isEmpty() {
        return series.isEmpty();
    }

    int sampleCount() {
        return series.values().stream().mapToInt(s -> s.samples().size()).sum();
    }

    /** Every series, sorted by labels. */
    List<Series> sorted() {
        List<Series> all = new ArrayList<>(series.values());
        all.sort(SERIES_ORDER);
        return all;
    }
}
