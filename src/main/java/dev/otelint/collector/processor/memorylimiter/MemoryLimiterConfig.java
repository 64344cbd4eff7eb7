package dev.otelint.collector.processor.memorylimiter;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.component.ValidatedConfig;
import java.time.Duration;

/**
 * The memory_limiter processor's settings and checks, as the collector's internal/memorylimiter config.
 * Percentages are of the JVM's maximum heap (-Xmx), where the collector takes the host's or cgroup's memory.
 */
public final class MemoryLimiterConfig implements ValidatedConfig {
    @ConfigKey("check_interval")
    public Duration checkInterval = Duration.ZERO;

    @ConfigKey(value = "limit_mib", unsigned = true)
    public int limitMib;

    /** 0: a fifth of the limit. */
    @ConfigKey(value = "spike_limit_mib", unsigned = true)
    public int spikeLimitMib;

    @ConfigKey(value = "limit_percentage", unsigned = true)
    public int limitPercentage;

    @ConfigKey(value = "spike_limit_percentage", unsigned = true)
    public int spikeLimitPercentage;

    @ConfigKey("min_gc_interval_when_soft_limited")
    public Duration minGcIntervalWhenSoftLimited = Duration.ofSeconds(10);

    @ConfigKey("min_gc_interval_when_hard_limited")
    public Duration minGcIntervalWhenHardLimited = Duration.ZERO;

    @Override
    public void validate() {
        if (checkInterval.isNegative() || checkInterval.isZero()) {
            throw new IllegalArgumentException("'check_interval' must be greater than zero");
        }
        if (minGcIntervalWhenSoftLimited.compareTo(minGcIntervalWhenHardLimited) < 0) {
            throw new IllegalArgumentException("'min_gc_interval_when_soft_limited' should be larger than"
                    + " 'min_gc_interval_when_hard_limited'");
        }
        if (limitMib == 0 && limitPercentage == 0) {
            throw new IllegalArgumentException("'limit_mib' or 'limit_percentage' must be greater than zero");
        }
        if (limitPercentage > 100 || spikeLimitPercentage > 100) {
            throw new IllegalArgumentException("'limit_percentage' and 'spike_limit_percentage' must be greater than"
                    + " zero and less than or equal to hundred");
        }
        if (limitMib > 0 && Integer.compareUnsigned(limitMib, spikeLimitMib) <= 0) {
            throw new IllegalArgumentException("'spike_limit_mib' must be smaller than 'limit_mib'");
        }
        if (limitPercentage > 0 && limitPercentage <= spikeLimitPercentage) {
            throw new IllegalArgumentException("'spike_limit_percentage' must be smaller than 'limit_percentage'");
        }
    }

    /** The hard limit in bytes: limit_mib wins over limit_percentage of {@code totalBytes}. */
    long limitBytes(long totalBytes) {
        return limitMib > 0 ? Integer.toUnsignedLong(limitMib) << 20 : totalBytes / 100 * limitPercentage;
    }

    /** The spike allowance in bytes; when unset, a fifth of the limit (the collector's default). */
    long spikeBytes(long totalBytes) {
        long spike = limitMib > 0 ? Integer.toUnsignedLong(spikeLimitMib) << 20 : totalBytes / 100 * spikeLimitPercentage;
        return spike == 0 ? limitBytes(totalBytes) / 5 : spike;
    }
}
