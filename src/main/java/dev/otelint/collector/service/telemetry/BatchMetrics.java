package dev.otelint.collector.service.telemetry;

import java.util.List;

/**
 * The batch processor's metrics, labelled {@code processor}: the
 * {@code otelcol_processor_batch_batch_send_size} histogram (items per batch sent, with batchprocessor's
 * bucket bounds) and the counts of sends by trigger: {@code otelcol_processor_batch_batch_size_trigger_send},
 * {@code otelcol_processor_batch_timeout_trigger_send}. A send at shutdown is in the histogram only.
 */
public final class BatchMetrics {
    // batchprocessor's metadata.yaml bucket boundaries for batch_send_size
    private static final List<Double> SEND_SIZE_BOUNDS = List.of(10.0, 25.0, 50.0, 75.0, 100.0, 250.0, 500.0,
            750.0, 1000.0, 2000.0, 3000.0, 4000.0, 5000.0, 6000.0, 7000.0, 8000.0, 9000.0, 10000.0, 20000.0,
            30000.0, 50000.0, 100000.0);

    /** Why a batch was sent. */
    public enum Trigger { SIZE, TIMEOUT, SHUTDOWN }

    private final Histogram sendSize;
    private final Counter sizeTrigger;
    private final Counter timeoutTrigger;

    public BatchMetrics(MetricRegistry registry, String processor) {
        Labels labels = Labels.of("processor", processor);
        sendSize = registry.histogram("otelcol_processor_batch_batch_send_size",
                "Number of units in the batch", SEND_SIZE_BOUNDS, labels);
        sizeTrigger = registry.counter("otelcol_processor_batch_batch_size_trigger_send",
                "Number of times the batch was sent due to a size trigger", labels);
        timeoutTrigger = registry.counter("otelcol_processor_batch_timeout_trigger_send",
                "Number of times the batch was sent due to a timeout trigger", labels);
    }

    public void sent(int items, Trigger trigger) {
        sendSize.record(items);
        switch (trigger) {
            case SIZE -> sizeTrigger.add(1);
            case TIMEOUT -> timeoutTrigger.add(1);
            case SHUTDOWN -> { }
        }
    }
}
