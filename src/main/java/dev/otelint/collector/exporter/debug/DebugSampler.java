package dev.otelint.collector.exporter.debug;

import java.util.function.LongSupplier;

/**
 * The sampling of the collector's logger (zap's sampler, one-second ticks): in each second the first
 * {@code initial} entries pass, then every {@code thereafter}-th.
 */
final class DebugSampler {
    private static final long TICK_NANOS = 1_000_000_000L;
    private final int initial;
    private final int thereafter;
    private final LongSupplier clock;
    private long tick = Long.MIN_VALUE;
    private long count;

    DebugSampler(int initial, int thereafter, LongSupplier nanoClock) {
        this.initial = initial;
        this.thereafter = Math.max(thereafter, 1);
        this.clock = nanoClock;
    }

    synchronized boolean allow() {
        long now = clock.getAsLong() / TICK_NANOS;
        if (now != tick) {
            tick = now;
            count = 0;
        }
        count++;
        return count <= initial || (count - initial) % thereafter == 0;
    }
}
