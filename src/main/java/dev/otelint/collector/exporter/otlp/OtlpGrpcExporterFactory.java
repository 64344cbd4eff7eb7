package dev.otelint.collector.exporter.otlp;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Exporter;
import dev.otelint.collector.component.ExporterFactory;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.exporter.helper.QueuedRetryExporter;

/** The "otlp" exporter (also registered as "otlp_grpc", the collector's newer name): OTLP/gRPC out. */
public final class OtlpGrpcExporterFactory implements ExporterFactory<OtlpGrpcExporterConfig> {
    private final String type;

    public OtlpGrpcExporterFactory(String type) {
        this.type = type;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public OtlpGrpcExporterConfig createDefaultConfig() {
        return new OtlpGrpcExporterConfig();
    }

    @Override
    public <T extends Message> Exporter<T> createExporter(SignalType<T> signal, ComponentSettings settings,
                                                          OtlpGrpcExporterConfig config) {
        return new QueuedRetryExporter<>(signal, settings, config.sendingQueue, config.retryOnFailure,
                new GrpcRequestSender<>(signal, settings, config));
    }
}
