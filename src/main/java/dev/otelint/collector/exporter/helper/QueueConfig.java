package dev.otelint.collector.exporter.helper;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.component.ConfigKey;

/**
 * An exporter's sending_queue, with exporterhelper's defaults; the queue counts requests. {@code storage} names
 * a storage extension (file_storage) that holds a persistent queue.
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

    /** A storage extension's id; empty: the queue is in memory. */
    @ConfigKey("storage")
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
        if (!storage.isEmpty()) {
            ComponentId.parse(storage); // an id as the collector reads one: "type[/name]"
        }
    }
}
