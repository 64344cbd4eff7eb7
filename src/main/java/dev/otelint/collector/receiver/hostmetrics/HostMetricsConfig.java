package dev.otelint.collector.receiver.hostmetrics;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.component.ValidatedConfig;
import java.time.Duration;

/** The hostmetrics receiver's settings (contrib's hostmetricsreceiver), with its defaults. */
public final class HostMetricsConfig implements ValidatedConfig {
    @ConfigKey("collection_interval")
    public Duration collectionInterval = Duration.ofMinutes(1);

    @ConfigKey("initial_delay")
    public Duration initialDelay = Duration.ofSeconds(1);

    @ConfigKey("timeout")
    public Duration timeout = Duration.ZERO;

    /** Where /proc is read from: "" is the host's root, a directory holds a proc/ tree (a container's view). */
    @ConfigKey("root_path")
    public String rootPath = "";

    @ConfigKey("scrapers")
    public Scrapers scrapers = new Scrapers();

    /** Each scraper is on when its key is present; otelint has no per-scraper settings yet. */
    public static final class Scrapers {
        @ConfigKey("cpu")
        public Scraper cpu;

        @ConfigKey("memory")
        public Scraper memory;

        @ConfigKey("load")
        public Scraper load;

        @ConfigKey("filesystem")
        public Scraper filesystem;

        @ConfigKey("disk")
        public Scraper disk;

        @ConfigKey("network")
        public Scraper network;
    }

    /** A scraper's section. */
    public static final class Scraper {}

    @Override
    public void validate() {
        Scrapers s = scrapers;
        if (s.cpu == null && s.memory == null && s.load == null && s.filesystem == null && s.disk == null
                && s.network == null) {
            throw new IllegalArgumentException("must specify at least one scraper when using hostmetrics receiver");
        }
        if (collectionInterval.isNegative() || collectionInterval.isZero()) {
            throw new IllegalArgumentException("\"collection_interval\": requires positive value");
        }
    }
}
