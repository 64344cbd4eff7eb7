package dev.otelint.collector.exporter.debug;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Exporter;
import dev.otelint.collector.component.ExporterFactory;
import dev.otelint.collector.component.PushTarget;
import dev.otelint.collector.component.SignalType;
import java.util.Map;
import java.util.Optional;

/** The "debug" exporter: traces, metrics and logs. */
public final class DebugExporterFactory implements ExporterFactory<DebugConfig> {

    @Override
    public String type() {
        return "debug";
    }

    @Override
    public DebugConfig createDefaultConfig() {
        return new DebugConfig();
    }

    @Override
    public <T extends Message> Exporter<T> createExporter(SignalType<T> signal, ComponentSettings settings,
                                                          DebugConfig config) {
        return new DebugExporter<>(signal, settings, config, System.out, System::nanoTime);
    }

    /**
     * {@code --to debug}: no value; a line per record on standard output (normal verbosity, not through the
     * collector's log, which push keeps quiet), so that a push shows what it sent.
     */
    @Override
    public Optional<PushTarget> pushTarget() {
        return Optional.of(PushTarget.local("debug", "",
                value -> Map.of("verbosity", "normal", "use_internal_logger", false)));
    }
}
