package dev.otelint.collector.service.telemetry;

import dev.otelint.records.Signal;
import java.util.function.LongSupplier;

/**
 * exporterhelper's metrics for one exporter and signal: {@code otelcol_exporter_sent_spans{exporter}},
 * {@code otelcol_exporter_send_failed_spans} (dropped after a permanent failure or when retries ran out),
 * {@code otelcol_exporter_enqueue_failed_spans} (refused by a full sending_queue), and with a queue
 * {@code otelcol_exporter_queue_size} / {@code otelcol_exporter_queue_capacity{exporter, data_type}} in requests.
 */
public final class ExporterMetrics {
    private final MetricRegistry registry;
    private final String exporter;
    private final Signal signal;
    private final Counter sent;
    private final Counter sendFailed;
    private final Counter enqueueFailed;

    public ExporterMetrics(MetricRegistry registry, String exporter, Signal signal) {
        this.registry = registry;
        this.exporter = exporter;
        this.signal = signal;
        Labels labels = Labels.of("exporter", exporter);
        String items = SignalItems.of(signal);
        String words = SignalItems.words(signal);
        sent = registry.counter("otelcol_exporter_sent_" + items,
                "Number of " + words + " successfully sent to destination.", labels);
        sendFailed = registry.counter("otelcol_exporter_send_failed_" + items,
                "Number of " + words + " in failed attempts to send to destination.", labels);
        enqueueFailed = registry.counter("otelcol_exporter_enqueue_failed_" + items,
                "Number of " + words + " failed to be added to the sending queue.", labels);
    }

    /** One send's outcome; both counters are recorded, as exporterhelper does. */
    public void sent(long items) {
        sent.add(items);
        sendFailed.add(0);
    }

    public void sendFailed(long items) {
        sent.add(0);
        sendFailed.add(items);
    }

    public void enqueueFailed(long items) {
        enqueueFailed.add(items);
    }

    /** Registers the sending_queue gauges: its size now, read when scraped, and its capacity. */
    public void queue(LongSupplier size, long capacity) {
        Labels labels = Labels.of("exporter", exporter, "data_type", signal.label());
        registry.gauge("otelcol_exporter_queue_size", "Current size of the retry queue (in batches).", labels,
                size::getAsLong);
        registry.gauge("otelcol_exporter_queue_capacity", "Fixed capacity of the retry queue (in batches).", labels,
                () -> capacity);
    }
}
