package dev.otelint.collector.exporter.otlp;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Exporter;
import dev.otelint.collector.component.ExporterFactory;
import dev.otelint.collector.component.PushTarget;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.exporter.helper.QueuedRetryExporter;
import dev.otelint.collector.net.HostPort;
import java.util.Map;
import java.util.Optional;

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

    /**
     * {@code --to otlp=HOST:PORT}: plain text unless the value is an https:// URL (a local collector or test
     * backend rarely has a certificate; configgrpc would otherwise default to TLS).
     */
    @Override
    public Optional<PushTarget> pushTarget() {
        if (!type.equals("otlp")) {
            return Optional.empty(); // one --to name for the two registrations
        }
        return Optional.of(PushTarget.of("otlp", "host:port",
                value -> value.startsWith("https://") ? Map.of("endpoint", value)
                        : Map.of("endpoint", value, "tls", Map.of("insecure", true)),
                value -> {
                    int scheme = value.indexOf("://");
                    return Optional.of(HostPort.split(scheme < 0 ? value : value.substring(scheme + 3)));
                }));
    }
}
