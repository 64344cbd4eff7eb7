package dev.otelint.collector.exporter.prometheusremotewrite;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Exporter;
import dev.otelint.collector.component.ExporterFactory;
import dev.otelint.collector.component.PushTarget;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.exporter.helper.QueuedRetryExporter;
import dev.otelint.collector.service.telemetry.InternalTelemetry;
import dev.otelint.records.Signal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The "prometheusremotewrite" exporter: metrics only, as Prometheus remote write 1.0. */
public final class PrometheusRemoteWriteExporterFactory implements ExporterFactory<PrometheusRemoteWriteConfig> {

    @Override
    public String type() {
        return "prometheusremotewrite";
    }

    @Override
    public Set<Signal> signals() {
        return EnumSet.of(Signal.METRICS);
    }

    @Override
    public PrometheusRemoteWriteConfig createDefaultConfig() {
        return new PrometheusRemoteWriteConfig();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends Message> Exporter<T> createExporter(SignalType<T> signal, ComponentSettings settings,
                                                          PrometheusRemoteWriteConfig config) {
        if (signal != SignalType.METRICS) {
            throw new IllegalArgumentException("prometheusremotewrite exports metrics only, not " + signal);
        }
        return (Exporter<T>) new QueuedRetryExporter<>(SignalType.METRICS, settings,
                config.remoteWriteQueue.sendingQueue(), config.retryOnFailure,
                new RemoteWriteSender(settings, config, InternalTelemetry.version()));
    }

    @Override
    public Optional<PushTarget> pushTarget() {
        return Optional.of(PushTarget.url("prometheus", value -> Map.of("endpoint", value)));
    }
}
