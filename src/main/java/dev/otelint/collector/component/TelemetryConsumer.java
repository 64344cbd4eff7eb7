package dev.otelint.collector.component;

/**
 * Takes the data of one signal (consumer.Traces/Metrics/Logs in the collector). A consumer that cannot
 * take the data throws {@link ConsumeException}; the caller counts it as failed.
 */
@FunctionalInterface
public interface TelemetryConsumer<T> {
    void consume(T data);
}
