package dev.otelint.push;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.component.ExportOutcomes;
import dev.otelint.collector.component.SignalType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sums what the exporters say became of the records: accepted, rejected (grouped by the backend's reason),
 * retried; and per exporter and signal how many were settled (accepted or rejected), so that push knows when
 * a backend has answered for everything it was given.
 */
final class Outcomes implements ExportOutcomes {
    final LongAdder accepted = new LongAdder();
    final LongAdder rejected = new LongAdder();
    final LongAdder retried = new LongAdder();
    private final Map<String, LongAdder> reasons = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> settled = new ConcurrentHashMap<>();

    @Override
    public void accepted(ComponentId exporter, SignalType<?> signal, long items) {
        accepted.add(items);
        settle(exporter, signal, items);
    }

    @Override
    public void rejected(ComponentId exporter, SignalType<?> signal, long items, String reason) {
        rejected.add(items);
        reasons.computeIfAbsent(reason == null || reason.isBlank() ? "(no reason given)" : reason,
                r -> new LongAdder()).add(items);
        settle(exporter, signal, items);
    }

    @Override
    public void retried(ComponentId exporter, SignalType<?> signal, long items, String reason) {
        retried.add(items);
    }

    /** Records accepted or rejected for good by {@code exporter} for {@code signal} so far. */
    long settled(ComponentId exporter, SignalType<?> signal) {
        LongAdder n = settled.get(key(exporter, signal));
        return n == null ? 0 : n.sum();
    }

    /** Rejected records by reason, most first. */
    Map<String, Long> reasons() {
        Map<String, Long> sorted = new LinkedHashMap<>();
        reasons.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue().sum()));
        return sorted;
    }

    private void settle(ComponentId exporter, SignalType<?> signal, long items) {
        settled.computeIfAbsent(key(exporter, signal), k -> new LongAdder()).add(items);
    }

    private static String key(ComponentId exporter, SignalType<?> signal) {
        return exporter + "/" + signal;
    }
}
