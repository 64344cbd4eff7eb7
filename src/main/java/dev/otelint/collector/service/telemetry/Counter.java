package dev.otelint.collector.service.telemetry;

import java.util.concurrent.atomic.LongAdder;

/** A monotonic count (items accepted, sent, failed); written as {@code name_total}. */
public final class Counter implements Series {
    private final LongAdder value = new LongAdder();
    private volatile boolean recorded;

    /** Adds {@code n} (0 too: it makes the series visible, as the collector's helpers record a 0 for refused). */
    public void add(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("a counter only goes up: " + n);
        }
        value.add(n);
        recorded = true;
    }

    public long value() {
        return value.sum();
    }

    @Override
    public boolean recorded() {
        return recorded;
    }

    @Override
    public void write(StringBuilder out, String family, Labels labels) {
        out.append(family).append(labels.exposition()).append(' ').append(value.sum()).append('\n');
    }
}
