package dev.otelint.collector.service.telemetry;

import dev.otelint.records.Signal;

/**
 * receiverhelper's counters for one receiver, transport and signal:
 * {@code otelcol_receiver_accepted_spans{receiver, transport}} (items the pipeline took) and
 * {@code otelcol_receiver_refused_spans} (items it refused). Each request records both, so a refused count of 0
 * is visible once data has arrived.
 */
public final class ReceiverMetrics {
    private final Counter accepted;
    private final Counter refused;

    public ReceiverMetrics(MetricRegistry registry, String receiver, String transport, Signal signal) {
        Labels labels = Labels.of("receiver", receiver, "transport", transport);
        String items = SignalItems.of(signal);
        String words = SignalItems.words(signal);
        accepted = registry.counter("otelcol_receiver_accepted_" + items,
                "Number of " + words + " successfully pushed into the pipeline.", labels);
        refused = registry.counter("otelcol_receiver_refused_" + items,
                "Number of " + words + " that could not be pushed into the pipeline.", labels);
    }

    public void accepted(long items) {
        accepted.add(items);
        refused.add(0);
    }

    public void refused(long items) {
        accepted.add(0);
        refused.add(items);
    }
}
