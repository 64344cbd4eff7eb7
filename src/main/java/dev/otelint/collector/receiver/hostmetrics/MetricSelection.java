package dev.otelint.collector.receiver.hostmetrics;

import java.util.LinkedHashSet;
import java.util.Set;

/** The metrics a configured scraper emits: the catalog's defaults as changed by its {@code metrics:} block. */
record MetricSelection(ScraperSpec spec, Set<String> enabled) {

    MetricSelection {
        enabled = Set.copyOf(enabled);
    }

    static MetricSelection defaults(ScraperSpec spec) {
        Set<String> on = new LinkedHashSet<>();
        spec.metrics().values().stream().filter(MetricSpec::enabledByDefault).forEach(m -> on.add(m.name()));
        return new MetricSelection(spec, on);
    }

    boolean isEnabled(String metric) {
        spec.metric(metric); // a name the scraper does not have is a bug, not a disabled metric
        return enabled.contains(metric);
    }

    /** True when any of {@code metrics} is on (a scraper skips reading what no enabled metric needs). */
    boolean anyEnabled(String... metrics) {
        for (String metric : metrics) {
            if (isEnabled(metric)) {
                return true;
            }
        }
        return false;
    }
}
