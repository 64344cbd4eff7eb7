package dev.otelint.collector.service.telemetry;

import java.util.function.DoubleSupplier;

/** A value read when scraped (a queue's size, the process uptime): an observable gauge or counter. */
final class ObservedValue implements Series {
    private final DoubleSupplier value;

    ObservedValue(DoubleSupplier value) {
        this.value = value;
    }

    @Override
    public boolean recorded() {
        return true;
    }

    @Override
    public void write(StringBuilder out, String family, Labels labels) {
        out.append(family).append(labels.exposition()).append(' ').append(Series.number(value.getAsDouble()))
                .append('\n');
    }
}
