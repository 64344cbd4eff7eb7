package dev.otelint.collector.exporter.helper;

import dev.otelint.collector.component.ConfigKey;
import java.time.Duration;

/** An exporter's retry_on_failure, with exporterhelper's defaults. */
public final class RetryConfig {
    @ConfigKey("enabled")
    public boolean enabled = true;

    @ConfigKey("initial_interval")
    public Duration initialInterval = Duration.ofSeconds(5);

    @ConfigKey("randomization_factor")
    public double randomizationFactor = 0.5;

    @ConfigKey("multiplier")
    public double multiplier = 1.5;

    @ConfigKey("max_interval")
    public Duration maxInterval = Duration.ofSeconds(30);

    /** 0: retry without a time limit. */
    @ConfigKey("max_elapsed_time")
    public Duration maxElapsedTime = Duration.ofMinutes(5);

    public void validate() {
        if (initialInterval.isNegative()) {
            throw new IllegalArgumentException("'initial_interval' must be non-negative");
        }
        if (randomizationFactor < 0 || randomizationFactor > 1) {
            throw new IllegalArgumentException("'randomization_factor' must be within [0, 1]");
        }
        if (multiplier < 0) {
            throw new IllegalArgumentException("'multiplier' must be non-negative");
        }
        if (maxInterval.isNegative()) {
            throw new IllegalArgumentException("'max_interval' must be non-negative");
        }
        if (maxElapsedTime.isNegative()) {
            throw new IllegalArgumentException("'max_elapsed_time' must be non-negative");
        }
    }
}
