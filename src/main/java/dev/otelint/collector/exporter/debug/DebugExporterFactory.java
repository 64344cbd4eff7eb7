package dev.otelint.collector.exporter.debug;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Exporter;
import dev.otelint.collector.component.ExporterFactory;
import dev.otelint.collector.component.SignalType;

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
}
