package dev.otelint.collector.service;

import dev.otelint.collector.component.ConsumeException;
import dev.otelint.collector.component.TelemetryConsumer;
import java.util.List;

/**
 * Passes data to several consumers, each getting the same immutable message. Every consumer is tried; if
 * any fails, the first failure is rethrown after the others have had the data (as the collector's fanout).
 */
final class FanOut<T> implements TelemetryConsumer<T> {
    private final List<TelemetryConsumer<T>> consumers;

    FanOut(List<TelemetryConsumer<T>> consumers) {
        this.consumers = List.copyOf(consumers);
    }

    static <T> TelemetryConsumer<T> of(List<TelemetryConsumer<T>> consumers) {
        return consumers.size() == 1 ? consumers.get(0) : new FanOut<>(consumers);
    }

    @Override
    public void consume(T data) {
        RuntimeException first = null;
        for (TelemetryConsumer<T> c : consumers) {
            try {
                c.consume(data);
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first instanceof ConsumeException ce ? ce : new ConsumeException(first.toString(), first);
        }
    }
}
