package dev.otelint.collector.receiver.hostmetrics;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.component.ValidatedConfig;
import dev.otelint.collector.config.ConfigException;
import dev.otelint.collector.config.ConfigNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The hostmetrics receiver's settings (contrib's hostmetricsreceiver), with its defaults. */
public final class HostMetricsConfig implements ValidatedConfig {
    @ConfigKey("collection_interval")
    public Duration collectionInterval = Duration.ofMinutes(1);

    @ConfigKey("initial_delay")
    public Duration initialDelay = Duration.ofSeconds(1);

    /** A deadline per scrape in the collector; otelint's scrapes read files (and stat stops after 10 s). */
    @ConfigKey(value = "timeout", supported = false)
    public Duration timeout = Duration.ZERO;

    /** Where /proc and /sys are read from: "" is the host's root, a directory holds proc/ (a container's view). */
    @ConfigKey("root_path")
    public String rootPath = "";

    /** Only the process scraper's entity events use it, and otelint has no process scraper. */
    @ConfigKey(value = "metadata_collection_interval", supported = false)
    public Duration metadataCollectionInterval = Duration.ofMinutes(5);

    /** Kept raw: each scraper's section is decoded on its own, as the receiver's Unmarshal does. */
    @ConfigKey("scrapers")
    public ConfigNode scrapers;

    private Map<String, ScraperSettings> scraperSettings;

    /** The configured scrapers by type, read from {@link #scrapers} (the first call reads it). */
    Map<String, ScraperSettings> scraperSettings() {
        if (scraperSettings == null) {
            List<ConfigException> problems = new ArrayList<>();
            scraperSettings = ScraperConfigReader.read(scrapers, problems::add);
            if (!problems.isEmpty()) {
                scraperSettings = null;
                ConfigException first = problems.get(0);
                problems.subList(1, problems.size()).forEach(first::addSuppressed);
                throw first;
            }
        }
        return scraperSettings;
    }

    @Override
    public void validate() {
        if (scraperSettings().isEmpty()) {
            throw new IllegalArgumentException("must specify at least one scraper when using hostmetrics receiver");
        }
        if (collectionInterval.isNegative() || collectionInterval.isZero()) {
            throw new IllegalArgumentException("\"collection_interval\": requires positive value");
        }
        // gopsutilenv.ValidateRootPath
        if (!rootPath.isEmpty() && !rootPath.equals("/") && !Files.exists(Path.of(rootPath))) {
            throw new IllegalArgumentException("invalid root_path: stat " + rootPath + ": no such file or directory");
        }
    }
}
