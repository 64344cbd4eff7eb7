package dev.otelint.collector.exporter.file;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Exporter;
import dev.otelint.collector.component.ExporterFactory;
import dev.otelint.collector.component.PushTarget;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.service.telemetry.ExporterMetrics;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The "file" exporter: traces, metrics and logs. As in the collector, the signals of one configured
 * exporter share one file.
 */
public final class FileExporterFactory implements ExporterFactory<FileConfig> {
    private final Map<FileConfig, FileSink> sinks = new IdentityHashMap<>();

    @Override
    public String type() {
        return "file";
    }

    @Override
    public FileConfig createDefaultConfig() {
        return new FileConfig();
    }

    @Override
    public synchronized <T extends Message> Exporter<T> createExporter(SignalType<T> signal, ComponentSettings settings,
                                                                       FileConfig config) {
        FileSink sink = sinks.computeIfAbsent(config, c -> new FileSink(c, settings));
        return new FileExporter<>(sink, signal,
                new ExporterMetrics(settings.metrics(), settings.id().toString(), signal.signal()));
    }

    /**
     * {@code --to file=PATH}: OTLP/JSON lines to PATH. The path is the user's own choice of where to write, as
     * in a collector config, so it is taken as given (no directory to keep it inside).
     */
    @Override
    public Optional<PushTarget> pushTarget() {
        return Optional.of(PushTarget.local("file", "PATH", value -> Map.of("path", value)));
    }
}
