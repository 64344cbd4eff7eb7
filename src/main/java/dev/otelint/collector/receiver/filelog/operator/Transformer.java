package dev.otelint.collector.receiver.filelog.operator;

import dev.otelint.collector.receiver.filelog.entry.Entry;

/** What an operator does to an entry; throws IllegalArgumentException when it cannot (on_error decides). */
@FunctionalInterface
public interface Transformer {
    void apply(Entry entry);
}
