package dev.otelint.collector.receiver.hostmetrics;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.config.ConfigException;
import dev.otelint.collector.config.ConfigMap;
import java.util.function.Consumer;

/** The disk scraper's section: {@code include} and {@code exclude} filters on device names. */
public final class DiskSettings extends ScraperSettings {
    @ConfigKey("include")
    public FilterSetConfig.Devices include = new FilterSetConfig.Devices();

    @ConfigKey("exclude")
    public FilterSetConfig.Devices exclude = new FilterSetConfig.Devices();

    private NameFilter includeFilter;
    private NameFilter excludeFilter;

    @Override
    void prepare(ConfigMap section, Consumer<ConfigException> errors) {
        // diskscraper's newDiskScraper
        includeFilter = filter(include, section, "disk", "include", "error creating device include filters", errors);
        excludeFilter = filter(exclude, section, "disk", "exclude", "error creating device exclude filters", errors);
    }

    boolean keeps(String device) {
        return NameFilter.keeps(includeFilter, excludeFilter, device);
    }
}
