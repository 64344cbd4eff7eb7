package dev.otelint.collector.receiver.hostmetrics;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.config.ConfigException;
import dev.otelint.collector.config.ConfigMap;
import java.util.function.Consumer;

/** The network scraper's section: {@code include} and {@code exclude} filters on interface names. */
public final class NetworkSettings extends ScraperSettings {
    @ConfigKey("include")
    public FilterSetConfig.Interfaces include = new FilterSetConfig.Interfaces();

    @ConfigKey("exclude")
    public FilterSetConfig.Interfaces exclude = new FilterSetConfig.Interfaces();

    private NameFilter includeFilter;
    private NameFilter excludeFilter;

    @Override
    void prepare(ConfigMap section, Consumer<ConfigException> errors) {
        // networkscraper's newNetworkScraper
        includeFilter = filter(include, section, "network", "include",
                "error creating network interface include filters", errors);
        excludeFilter = filter(exclude, section, "network", "exclude",
                "error creating network interface exclude filters", errors);
    }

    /** The io, packets, errors and dropped counters are filtered by interface; connections are not. */
    boolean keeps(String device) {
        return NameFilter.keeps(includeFilter, excludeFilter, device);
    }
}
