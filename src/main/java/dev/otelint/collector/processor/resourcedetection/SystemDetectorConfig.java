package dev.otelint.collector.processor.resourcedetection;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.config.ConfigException;
import dev.otelint.collector.config.ConfigNode;
import java.util.List;

/** {@code system}: where the host name comes from, in order, and which attributes to set. */
public final class SystemDetectorConfig {
    /** The sources contrib's system detector knows; cname needs a DNS CNAME query, which Java's resolver lacks. */
    static final List<String> SOURCES = List.of("dns", "os", "cname", "lookup");
    static final List<String> SUPPORTED_SOURCES = List.of("dns", "os", "lookup");

    /** Kept raw so that a bad source is reported where it is written. */
    @ConfigKey("hostname_sources")
    public ConfigNode hostnameSources;

    @ConfigKey("resource_attributes")
    public SystemResourceAttributes resourceAttributes = new SystemResourceAttributes();

    /** The sources in order; [dns, os] when none are given (system detector's NewDetector). */
    List<String> sources() {
        List<String> given = hostnameSources == null || ConfigItem.isNull(hostnameSources) ? List.of()
                : ConfigItem.strings(hostnameSources, "system.hostname_sources").stream().map(ConfigItem::value).toList();
        return given.isEmpty() ? List.of("dns", "os") : given;
    }

    /** Checks the hostname sources (a {@link ConfigException} where the bad one is written). */
    void validateSources() {
        if (hostnameSources != null && !ConfigItem.isNull(hostnameSources)) {
            for (ConfigItem source : ConfigItem.strings(hostnameSources, "system.hostname_sources")) {
                if (!SOURCES.contains(source.value())) {
                    // system detector's Config.Validate
                    throw new ConfigException("hostname_sources contains invalid value: " + GoQuote.quote(source.value()),
                            source.source());
                }
                if (!SUPPORTED_SOURCES.contains(source.value())) {
                    throw new ConfigException("hostname_sources: " + GoQuote.quote(source.value())
                            + " is known to otelcol-contrib, not supported by otelint (otelint has: "
                            + SUPPORTED_SOURCES + ")", source.source());
                }
            }
        }
    }
}
