package dev.otelint.collector.service.telemetry;

import java.util.List;
import java.util.function.IntSupplier;
import java.util.stream.IntStream;

/**
 * The batch processor's metrics, labelled {@code processor}: the
 * {@code otelcol_processor_batch_batch_send_size} histogram (items per batch sent, with batchprocessor's
 * bucket bounds) and the counts of sends by trigger: {@code otelcol_processor_batch_batch_size_trigger_send},
 * {@code otelcol_processor_batch_timeout_trigger_send}. A send at shutdown is in the histograms only. At level
 * detailed, {@code otelcol_processor_batch_batch_send_size_bytes} too (the batch's OTLP protobuf size).
 * Without metadata_keys, {@code otelcol_processor_batch_metadata_cardinality} is 1.
 */
public final class BatchMetrics {
    // batchprocessor's metadata.yaml bucket boundaries for batch_send_size
    private static final List<Double> SEND_SIZE_BOUNDS = List.of(10.0, 25.0, 50.0, 75.0, 100.0, 250.0, 500.0,
            750.0, 1000.0, 2000.0, 3000.0, 4000.0, 5000.0, 6000.0, 7000.0, 8000.0, 9000.0, 10000.0, 20000.0,
            30000.0, 50000.0, 100000.0);
    // and for batch_send_size_bytes: 128 B to 16 MiB, doubling
    private static final List<Double> SEND_BYTES_BOUNDS = IntStream.rangeClosed(7, 24)
            .mapToObj(power -> (double) (1L << power)).toList();

    /** Why a batch was sent. */
    public enum Trigger { SIZE, TIMEOUT, SHUTDOWN }

    private final Histogram sendSize;
    private final Histogram sendBytes;
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
        sendBytes = registry.level() != MetricsLevel.DETAILED ? null
                : registry.histogram("otelcol_processor_batch_batch_send_size_bytes",
                        "Number of bytes in batch that was sent. Only available on detailed level.", SEND_BYTES_BOUNDS,
                        labels);
        registry.gauge("otelcol_processor_batch_metadata_cardinality",
                "Number of distinct metadata value combinations being processed", labels, () -> 1);
    }

    /** A batch of {@code items} items was sent; {@code bytes} (its OTLP protobuf size) is read at detailed only. */
    public void sent(int items, IntSupplier bytes, Trigger trigger) {
        sendSize.record(items);
        if (sendBytes != null) {
            sendBytes.record(bytes.getAsInt());
        }
        switch (trigger) {
            case SIZE -> sizeTrigger.add(1);
            case TIMEOUT -> timeoutTrigger.add(1);
            case SHUTDOWN -> { }
        }
    }
}
