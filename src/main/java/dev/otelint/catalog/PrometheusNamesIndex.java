package dev.otelint.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Prometheus series and label names back to the semconv metrics and attributes of one registry. */
public final class PrometheusNamesIndex {

    /** A semconv metric a Prometheus series name stands for, the histogram series suffix if any, and the mode. */
    public record Match(SemconvMetric metric, String seriesSuffix, boolean addMetricSuffixes) {
    }

    private static final class Builtin {
        static final PrometheusNamesIndex INDEX = new PrometheusNamesIndex(SemconvRegistry.builtin());
    }

    private final Map<String, List<Match>> metrics = new HashMap<>();
    private final Map<String, TreeSet<String>> labels = new HashMap<>();

    public PrometheusNamesIndex(SemconvRegistry registry) {
        for (SemconvMetric metric : registry.metrics()) {
            index(metric, true);
            index(metric, false);
        }
        for (SemconvAttribute attribute : registry.attributes()) {
            labels.computeIfAbsent(PrometheusNames.labelName(attribute.id()), k -> new TreeSet<>()).add(attribute.id());
        }
    }

    /** The index of {@link SemconvRegistry#builtin()}, built on first use. */
    public static PrometheusNamesIndex builtin() {
        return Builtin.INDEX;
    }

    /** The metrics a series name stands for; in metric name order, a suffixed-mode match before a plain one. */
    public List<Match> lookup(String seriesName) {
        return metrics.getOrDefault(seriesName, List.of());
    }

    /** The attribute ids whose label is this name, sorted; empty when none. */
    public List<String> lookupLabel(String label) {
        TreeSet<String> ids = labels.get(label);
        return ids == null ? List.of() : List.copyOf(ids);
    }

    private void index(SemconvMetric metric, boolean addMetricSuffixes) {
        String family = PrometheusNames.metricName(metric.name(), metric.unit(), metric.instrument(), addMetricSuffixes);
        if (metric.instrument() == SemconvInstrument.HISTOGRAM) {
            for (String suffix : PrometheusNames.HISTOGRAM_SERIES) {
                add(family + suffix, new Match(metric, suffix, addMetricSuffixes));
            }
        } else {
            add(family, new Match(metric, "", addMetricSuffixes));
        }
    }

    private void add(String series, Match match) {
        List<Match> matches = metrics.computeIfAbsent(series, k -> new ArrayList<>(1));
        // both modes often give the same name; keep the metric once, under the suffixed mode
        boolean known = matches.stream().anyMatch(m -> m.metric().equals(match.metric()));
        if (!known) {
            matches.add(match);
        }
    }
}
