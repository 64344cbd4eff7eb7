package dev.otelint.collector.exporter.otlp;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Exporter;
import dev.otelint.collector.component.ExporterFactory;
import dev.otelint.collector.component.PushTarget;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.exporter.helper.QueuedRetryExporter;
import java.util.Map;
import java.util.Optional;

/** The "otlphttp" exporter (also registered as "otlp_http", the collector's newer name): OTLP/HTTP out. */
public final class OtlpHttpExporterFactory implements ExporterFactory<OtlpHttpExporterConfig> {
    private final String type;

    public OtlpHttpExporterFactory(String type) {
        this.type = type;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public OtlpHttpExporterConfig createDefaultConfig() {
        return new OtlpHttpExporterConfig();
    }

    @Override
    public <T extends Message> Exporter<T> createExporter(SignalType<T> signal, ComponentSettings settings,
                                                          OtlpHttpExporterConfig config) {
        return new QueuedRetryExporter<>(signal, settings, config.sendingQueue, config.retryOnFailure,
                new HttpRequestSender<>(signal, settings, config));
    }

    /** {@code --to otlphttp=URL}: the base URL; /v1/traces, /v1/metrics, /v1/logs are appended per signal. */
    @Override
    public Optional<PushTarget> pushTarget() {
        if (!type.equals("otlphttp")) {
            return Optional.empty(); // one --to name for the two registrations
        }
        return Optional.of(PushTarget.url("otlphttp", value -> Map.of("endpoint", value)));
    }
}
