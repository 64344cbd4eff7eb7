package dev.otelint.collector.exporter.helper;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff as exporterhelper's (cenkalti/backoff): each wait is the current interval randomized by
 * +/- randomization_factor, then the interval grows by multiplier up to max_interval.
 */
public final class Backoff {
    private final RetryConfig config;
    private final RandomGenerator random;
    private double currentNanos;

    public Backoff(RetryConfig config, RandomGenerator random) {
        this.config = config;
        this.random = random;
        this.currentNanos = config.initialInterval.toNanos();
    }

    public Duration next() {
        double delta = config.randomizationFactor * currentNanos;
        double low = currentNanos - delta;
        double wait = low + random.nextDouble() * (2 * delta + 1);
        currentNanos = Math.min(currentNanos * config.multiplier, config.maxInterval.toNanos());
        return Duration.ofNanos((long) wait);
    }
}
