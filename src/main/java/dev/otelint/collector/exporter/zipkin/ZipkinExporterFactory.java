package dev.otelint.collector.exporter.zipkin;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Exporter;
import dev.otelint.collector.component.ExporterFactory;
import dev.otelint.collector.component.PushTarget;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.exporter.helper.QueuedRetryExporter;
import dev.otelint.records.Signal;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The "zipkin" exporter: traces to a Zipkin server's v2 API. */
public final class ZipkinExporterFactory implements ExporterFactory<ZipkinExporterConfig> {
    @Override
    public String type() {
        return "zipkin";
    }

    @Override
    public ZipkinExporterConfig createDefaultConfig() {
        return new ZipkinExporterConfig();
    }

    /** zipkinexporter handles traces only. */
    @Override
    public Set<Signal> signals() {
        return EnumSet.of(Signal.TRACES);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends Message> Exporter<T> createExporter(SignalType<T> signal, ComponentSettings settings,
                                                          ZipkinExporterConfig config) {
        if (signal != SignalType.TRACES) {
            throw new IllegalArgumentException("the zipkin exporter takes traces only, not " + signal);
        }
        return (Exporter<T>) new QueuedRetryExporter<>(SignalType.TRACES, settings, config.sendingQueue,
                config.retryOnFailure, new ZipkinSender(settings, config));
    }

    @Override
    public Optional<PushTarget> pushTarget() {
        return Optional.of(new ZipkinPushTarget());
    }
}
