package dev.otelint.collector.receiver.filelog.expr;

import dev.otelint.collector.receiver.filelog.entry.Entry;

/** A compiled {@code if} / route {@code expr}: true when the entry should be handled. */
@FunctionalInterface
public interface Condition {
    boolean test(Entry entry);

    Condition ALWAYS = entry -> true;
}
