package dev.otelint.collector.exporter.helper;

import dev.otelint.collector.component.ConfigKey;

/**
 * An exporter's sending_queue, with exporterhelper's defaults; the queue counts requests. {@code storage}
 * (a persistent queue in a storage extension) is not supported: otelint has no storage extension yet.
 */
public final class QueueConfig {
    @ConfigKey("enabled")
    public boolean enabled = true;

    @ConfigKey("num_consumers")
    public int numConsumers = 10;

    @ConfigKey("queue_size")
    public long queueSize = 1000;

    /** true: a full queue makes the caller wait; false: the data is refused. */
    @ConfigKey("block_on_overflow")
    public boolean blockOnOverflow = false;

    @ConfigKey(value = "storage", supported = false)
    public String storage = "";

    @ConfigKey(value = "sizer", supported = false)
    public String sizer = "requests";

    public void validate() {
        if (!enabled) {
            return;
        }
        if (numConsumers <= 0) {
            throw new IllegalArgumentException("`num_consumers` must be positive");
        }
        if (queueSize <= 0) {
            throw new IllegalArgumentException("`queue_size` must be positive");
        }
        if (queueSize > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("`queue_size` is too large for otelint");
        }
    }
}
