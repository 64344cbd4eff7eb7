package dev.otelint.collector.receiver.hostmetrics;

import dev.otelint.collector.component.ConfigBinder;
import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.config.ConfigException;
import dev.otelint.collector.config.ConfigMap;
import dev.otelint.collector.config.ConfigNode;
import dev.otelint.collector.config.ConfigScalar;
import dev.otelint.collector.config.InvalidKeys;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a scraper's {@code metrics:} block (mdatagen's MetricsConfig) against its catalog entry: each key
 * must be one of the scraper's metrics ("'metrics' has invalid keys: ..." otherwise), and {@code enabled}
 * turns it on or off. Metrics with attributes also take {@code aggregation_strategy} and {@code attributes}
 * in recent contrib releases; otelint does not re-aggregate, so setting them is an error saying so.
 */
final class MetricSwitches {
    private MetricSwitches() {}

    /** One metric's settings, for a metric without attributes. */
    public static class Plain {
        @ConfigKey("enabled")
        public Boolean enabled;
    }

    /** One metric's settings, for a metric with attributes. */
    public static final class Attributed extends Plain {
        @ConfigKey("aggregation_strategy")
        public String aggregationStrategy;

        @ConfigKey("attributes")
        public List<String> attributes;
    }

    static MetricSelection read(ConfigNode node, ScraperSpec spec, String prefix, Consumer<ConfigException> errors) {
        MetricSelection defaults = MetricSelection.defaults(spec);
        if (node == null || node instanceof ConfigScalar s && s.isNull()) {
            return defaults;
        }
        if (!(node instanceof ConfigMap map)) {
            errors.accept(new ConfigException(prefix + "'metrics' expected a map, got '" + node.goKind() + "'",
                    node.source()));
            return defaults;
        }
        InvalidKeys invalid = InvalidKeys.of(map, spec.metrics().keySet());
        if (invalid.any()) {
            errors.accept(new ConfigException(prefix + invalid.message("metrics"), invalid.first()));
        }
        Set<String> enabled = new LinkedHashSet<>(defaults.enabled());
        for (ConfigMap.Entry entry : map.list()) {
            MetricSpec metric = spec.metrics().get(entry.key());
            if (metric != null) {
                apply(entry, metric, enabled, prefix, errors);
            }
        }
        return new MetricSelection(spec, enabled);
    }

    private static void apply(ConfigMap.Entry entry, MetricSpec metric, Set<String> enabled, String prefix,
                              Consumer<ConfigException> errors) {
        String path = "metrics." + metric.name();
        Plain settings = metric.attributes().isEmpty() ? new Plain() : new Attributed();
        new ConfigBinder(new PrefixedProblems(prefix, path, errors)).bind(entry.value(), settings);
        if (settings instanceof Attributed a && (a.aggregationStrategy != null || a.attributes != null)) {
            errors.accept(new ConfigException(prefix + "'" + path + "': aggregation_strategy and attributes are known"
                    + " to otelcol-contrib, not supported by otelint", entry.keySource()));
        }
        if (settings.enabled == null) {
            return;
        }
        if (!settings.enabled) {
            enabled.remove(metric.name());
        } else if (metric.supported()) {
            enabled.add(metric.name());
        } else {
            errors.accept(new ConfigException(prefix + "'" + path + "' is known to otelcol-contrib, not supported by"
                    + " otelint (set enabled: false)", entry.keySource()));
        }
    }
}
