package dev.otelint.collector;

import dev.otelint.collector.component.Factory;
import dev.otelint.collector.exporter.debug.DebugExporterFactory;
import dev.otelint.collector.exporter.file.FileExporterFactory;
import dev.otelint.collector.exporter.opensearch.OpenSearchExporterFactory;
import dev.otelint.collector.exporter.kafka.KafkaExporterFactory;
import dev.otelint.collector.exporter.otlp.OtlpGrpcExporterFactory;
import dev.otelint.collector.exporter.otlp.OtlpHttpExporterFactory;
import dev.otelint.collector.exporter.prometheusremotewrite.PrometheusRemoteWriteExporterFactory;
import dev.otelint.collector.exporter.zipkin.ZipkinExporterFactory;
import dev.otelint.collector.extension.filestorage.FileStorageExtensionFactory;
import dev.otelint.collector.extension.healthcheck.HealthCheckExtensionFactory;
import dev.otelint.collector.processor.attributes.AttributesProcessorFactory;
import dev.otelint.collector.processor.batch.BatchProcessorFactory;
import dev.otelint.collector.processor.filter.FilterProcessorFactory;
import dev.otelint.collector.processor.memorylimiter.MemoryLimiterProcessorFactory;
import dev.otelint.collector.processor.resource.ResourceProcessorFactory;
import dev.otelint.collector.processor.resourcedetection.ResourceDetectionProcessorFactory;
import dev.otelint.collector.processor.transform.TransformProcessorFactory;
import dev.otelint.collector.receiver.filelog.FileLogReceiverFactory;
import dev.otelint.collector.receiver.hostmetrics.HostMetricsReceiverFactory;
import dev.otelint.collector.receiver.otlp.OtlpReceiverFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The component factories otelint knows, by kind and type. Adding a component is one line in
 * {@link #builtIn()} plus its package; every list of valid types is read from here.
 */
public final class ComponentRegistry {
    private final Map<ComponentKind, Map<String, Factory<?>>> factories = new EnumMap<>(ComponentKind.class);

    private ComponentRegistry(List<Factory<?>> all) {
        for (ComponentKind kind : ComponentKind.values()) {
            factories.put(kind, new TreeMap<>());
        }
        for (Factory<?> f : all) {
            Factory<?> previous = factories.get(f.kind()).put(f.type(), f);
            if (previous != null) {
                throw new IllegalStateException("two " + f.kind().label() + " factories for type " + f.type());
            }
        }
    }

    public static ComponentRegistry builtIn() {
        return new ComponentRegistry(List.of(
                new BatchProcessorFactory(),
                new AttributesProcessorFactory(),
                new ResourceProcessorFactory(),
                new ResourceDetectionProcessorFactory(),
                new MemoryLimiterProcessorFactory(),
                new DebugExporterFactory(),
                new FileExporterFactory(),
                new FilterProcessorFactory(),
                new TransformProcessorFactory(),
                new OtlpReceiverFactory(),
                new FileLogReceiverFactory(),
                new HostMetricsReceiverFactory(),
                new OtlpGrpcExporterFactory("otlp"),
                new OtlpGrpcExporterFactory("otlp_grpc"),
                new OtlpHttpExporterFactory("otlphttp"),
                new OtlpHttpExporterFactory("otlp_http"),
                new PrometheusRemoteWriteExporterFactory(),
                new OpenSearchExporterFactory(),
                new KafkaExporterFactory(),
                new ZipkinExporterFactory(),
                new HealthCheckExtensionFactory(),
                new FileStorageExtensionFactory()));
    }

    public static ComponentRegistry of(List<Factory<?>> factories) {
        return new ComponentRegistry(factories);
    }

    /** This registry plus {@code factory} (tests add receivers this way). */
    public ComponentRegistry with(Factory<?> factory) {
        List<Factory<?>> all = new ArrayList<>();
        factories.values().forEach(m -> all.addAll(m.values()));
        all.add(factory);
        return new ComponentRegistry(all);
    }

    /** The factory of a type, or null. */
    public Factory<?> factory(ComponentKind kind, String type) {
        return factories.get(kind).get(type);
    }

    /** The registered types of a kind, sorted. */
    public List<String> types(ComponentKind kind) {
        return List.copyOf(factories.get(kind).keySet());
    }
}
