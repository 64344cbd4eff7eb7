package dev.otelint.collector.component;

import dev.otelint.collector.ComponentId;

/**
 * Hears what became of exported items, beyond the collector's counters: {@code otelint push} sums these into
 * its end-of-run summary (accepted, rejected with the peer's reasons, retried). Called from exporter threads.
 */
public interface ExportOutcomes {
    ExportOutcomes NONE = new ExportOutcomes() {};

    /** The peer took {@code items}. */
    default void accepted(ComponentId exporter, SignalType<?> signal, long items) {}

    /** {@code items} were dropped for good: the peer refused them, or retries ran out; {@code reason} says why. */
    default void rejected(ComponentId exporter, SignalType<?> signal, long items, String reason) {}

    /** A request of {@code items} failed and will be sent again. */
    default void retried(ComponentId exporter, SignalType<?> signal, long items, String reason) {}
}
