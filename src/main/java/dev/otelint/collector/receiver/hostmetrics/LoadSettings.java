package dev.otelint.collector.receiver.hostmetrics;

import dev.otelint.collector.component.ConfigKey;

/** The load scraper's section: {@code cpu_average} divides the load averages by the CPU count (default false). */
public final class LoadSettings extends ScraperSettings {
    @ConfigKey("cpu_average")
    public boolean cpuAverage;
}
