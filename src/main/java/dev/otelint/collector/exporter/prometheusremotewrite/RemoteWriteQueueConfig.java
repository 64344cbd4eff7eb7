package dev.otelint.collector.exporter.prometheusremotewrite;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.exporter.helper.QueueConfig;

/**
 * The exporter's remote_write_queue, which replaces sending_queue. As in contrib, the queue has ONE consumer, so
 * that each series' samples reach the backend in time order. In contrib num_consumers is how many split requests
 * of one batch are sent at once; otelint accepts it and sends them one after another.
 */
public final class RemoteWriteQueueConfig {
    @ConfigKey("enabled")
    public boolean enabled = true;

    /** OTLP metric requests, not samples. */
    @ConfigKey("queue_size")
    public int queueSize = 10_000;

    @ConfigKey("num_consumers")
    public int numConsumers = 5;

    void validate() {
        if (queueSize < 0) {
            throw new IllegalArgumentException("remote write queue size can't be negative");
        }
        if (enabled && queueSize == 0) {
            throw new IllegalArgumentException("a 0 size queue will drop all the data");
        }
        if (numConsumers < 0) {
            throw new IllegalArgumentException("remote write consumer number can't be negative");
        }
    }

    /** The exporterhelper queue the exporter builds from it. */
    QueueConfig sendingQueue() {
        QueueConfig queue = new QueueConfig();
        queue.enabled = enabled;
        queue.queueSize = enabled ? queueSize : 1;
        queue.numConsumers = 1;
        return queue;
    }
}
