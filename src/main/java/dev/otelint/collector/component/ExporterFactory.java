package dev.otelint.collector.component;

import com.google.protobuf.Message;
import dev.otelint.collector.ComponentKind;
import java.util.Optional;

/** Exporters send data out; one instance per signal, shared by every pipeline of that signal that names it. */
public interface ExporterFactory<C> extends Factory<C> {
    @Override
    default ComponentKind kind() {
        return ComponentKind.EXPORTER;
    }

    <T extends Message> Exporter<T> createExporter(SignalType<T> signal, ComponentSettings settings, C config);

    /** The name {@code otelint push --to} knows this exporter by; empty when push cannot name it on its own. */
    default Optional<PushTarget> pushTarget() {
        return Optional.empty();
    }
}
