package dev.otelint.collector.receiver.hostmetrics;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.config.ConfigException;
import dev.otelint.collector.config.ConfigList;
import dev.otelint.collector.config.ConfigMap;
import dev.otelint.collector.config.ConfigNode;
import dev.otelint.collector.config.ConfigScalar;
import dev.otelint.collector.config.ConfigSource;
import java.util.function.Consumer;

/**
 * A scraper's section under {@code scrapers} (contrib's per-scraper Config): every scraper has a
 * {@code metrics} block (mdatagen's MetricsBuilderConfig, squashed into it); the cpu, memory, paging and
 * processes scrapers have nothing else. Subclasses add the other scrapers' settings.
 */
public class ScraperSettings {
    /** Read against the scraper's catalog entry, which binding by field cannot do: the names are data. */
    @ConfigKey("metrics")
    public ConfigNode metrics;

    private MetricSelection selection;

    MetricSelection selection() {
        return selection;
    }

    void select(MetricSelection chosen) {
        this.selection = chosen;
    }

    /**
     * Builds what the settings need beyond binding (filters), reporting problems where {@code section} (the
     * scraper's YAML) wrote them.
     */
    void prepare(ConfigMap section, Consumer<ConfigException> errors) {
        // nothing beyond binding for the scrapers without filters
    }

    /**
     * Builds the filter of {@code key} (null when its list is empty). A bad match_type or pattern is reported
     * where it is written, as "scrapers::TYPE::KEY: LABEL: filterset's message"; the collector reports it
     * when it creates the scraper, with the same label.
     */
    static NameFilter filter(FilterSetConfig config, ConfigMap section, String type, String key, String label,
                             Consumer<ConfigException> errors) {
        try {
            return NameFilter.of(config);
        } catch (IllegalArgumentException e) {
            ConfigSource at = where(section, key, e);
            errors.accept(new ConfigException("scrapers::" + type + "::" + key + ": " + label + ": " + e.getMessage(),
                    at));
            return null;
        }
    }

    /** The bad pattern's line, else match_type's, else the filter's key. */
    private static ConfigSource where(ConfigMap section, String key, IllegalArgumentException problem) {
        ConfigMap.Entry entry = section.entry(key);
        if (entry.value() instanceof ConfigMap filter) {
            if (problem instanceof NameFilter.BadPattern bad) {
                ConfigSource item = patternItem(filter, bad.pattern);
                return item != null ? item : entry.keySource();
            }
            if (filter.entry("match_type") != null) {
                return filter.get("match_type").source();
            }
        }
        return entry.keySource();
    }

    private static ConfigSource patternItem(ConfigMap filter, String pattern) {
        for (ConfigMap.Entry list : filter.list()) {
            if (list.value() instanceof ConfigList items) {
                for (ConfigNode item : items.items()) {
                    if (item instanceof ConfigScalar s && pattern.equals(s.text())) {
                        return s.source();
                    }
                }
            }
        }
        return null;
    }
}
