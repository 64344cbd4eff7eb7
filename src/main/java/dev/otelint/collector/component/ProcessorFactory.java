package dev.otelint.collector.component;

import com.google.protobuf.Message;
import dev.otelint.collector.ComponentKind;

/** Processors sit in one pipeline (one instance per pipeline that lists them) and pass data to {@code next}. */
public interface ProcessorFactory<C> extends Factory<C> {
    @Override
    default ComponentKind kind() {
        return ComponentKind.PROCESSOR;
    }

    <T extends Message> Processor<T> createProcessor(SignalType<T> signal, ComponentSettings settings, C config,
                                                     TelemetryConsumer<T> next);
}
