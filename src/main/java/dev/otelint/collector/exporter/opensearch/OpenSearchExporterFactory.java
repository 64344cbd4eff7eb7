package dev.otelint.collector.exporter.opensearch;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Exporter;
import dev.otelint.collector.component.ExporterFactory;
import dev.otelint.collector.component.PushTarget;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.exporter.helper.QueuedRetryExporter;
import dev.otelint.records.Signal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The "opensearch" exporter (contrib's opensearchexporter, mapping modes ss4o and flatten_attributes): logs, traces
 * and metrics as Simple Schema documents (flatten_attributes: logs in the Log Data Model, no metrics) through the
 * Bulk API, with sending_queue and retry_on_failure around each request.
 */
public final class OpenSearchExporterFactory implements ExporterFactory<OpenSearchExporterConfig> {
    @Override
    public String type() {
        return "opensearch";
    }

    @Override
    public OpenSearchExporterConfig createDefaultConfig() {
        return new OpenSearchExporterConfig();
    }

    /** opensearchexporter's CreateMetrics fails in every mapping mode but ss4o and otel-v1. */
    @Override
    public Set<Signal> signals(OpenSearchExporterConfig config) {
        return config.mapping.flattenAttributes() ? EnumSet.of(Signal.LOGS, Signal.TRACES) : signals();
    }

    @Override
    public <T extends Message> Exporter<T> createExporter(SignalType<T> signal, ComponentSettings settings,
                                                          OpenSearchExporterConfig config) {
        if (signal == SignalType.METRICS && config.mapping.flattenAttributes()) {
            // the pipeline checks refuse this config first (signals(config))
            throw new IllegalArgumentException("mapping.mode \"flatten_attributes\" does not support metrics: "
                    + "the exporter encodes metrics in mode ss4o only");
        }
        return new QueuedRetryExporter<>(signal, settings, config.sendingQueue, config.retryOnFailure,
                new BulkRequestSender<>(signal, settings, config));
    }

    @Override
    public Optional<PushTarget> pushTarget() {
        return Optional.of(PushTarget.url("opensearch", value -> Map.of("http", Map.of("endpoint", value))));
    }
}
