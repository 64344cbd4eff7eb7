package dev.otelint.collector.service;

import com.google.protobuf.Message;
import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.Component;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.ConsumeException;
import dev.otelint.collector.component.ExportOutcomes;
import dev.otelint.collector.component.Exporter;
import dev.otelint.collector.component.ExporterFactory;
import dev.otelint.collector.component.ExtensionFactory;
import dev.otelint.collector.component.Processor;
import dev.otelint.collector.component.ProcessorFactory;
import dev.otelint.collector.component.ReceiverFactory;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.TelemetryConsumer;
import dev.otelint.collector.service.telemetry.MetricRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the running components from a valid config, as the collector's service graph does: one exporter
 * per (id, signal) shared by the pipelines naming it, one processor per pipeline, receivers last with a
 * fan-out to every pipeline of their signal that names them. Components no pipeline names are not built.
 * Lists the components in start order: extensions, exporters, processors (last first), receivers.
 */
final class PipelineGraph {
    private final CollectorConfig config;
    private final CollectorLog log;
    private final MetricRegistry metrics;
    private final ExportOutcomes outcomes;
    final Map<ComponentId, Component> extensions = new LinkedHashMap<>();
    final List<Component> exporters = new ArrayList<>();
    final List<Component> processors = new ArrayList<>();
    final List<Component> receivers = new ArrayList<>();
    final List<PipelineCounters> counters = new ArrayList<>();
    private final Map<String, Exporter<?>> exporterInstances = new LinkedHashMap<>();
    private final Map<String, List<TelemetryConsumer<?>>> receiverTargets = new LinkedHashMap<>();

    private PipelineGraph(CollectorConfig config, CollectorLog log, MetricRegistry metrics, ExportOutcomes outcomes) {
        this.config = config;
        this.log = log;
        this.metrics = metrics;
        this.outcomes = outcomes;
    }

    static PipelineGraph build(CollectorConfig config, CollectorLog log, MetricRegistry metrics,
                               ExportOutcomes outcomes) {
        PipelineGraph g = new PipelineGraph(config, log, metrics, outcomes);
        g.buildExtensions();
        for (PipelineConfig p : config.pipelines()) {
            g.buildPipeline(SignalType.of(p.id().signal()), p);
        }
        for (PipelineConfig p : config.pipelines()) {
            g.buildReceivers(SignalType.of(p.id().signal()), p);
        }
        return g;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void buildExtensions() {
        for (ComponentRef ref : config.extensions()) {
            ComponentConfig c = config.component(ComponentKind.EXTENSION, ref.id());
            ExtensionFactory factory = (ExtensionFactory) c.factory();
            extensions.put(ref.id(), factory.createExtension(settings(ref.id(), ComponentKind.EXTENSION), c.config()));
        }
    }

    private <T extends Message> void buildPipeline(SignalType<T> signal, PipelineConfig p) {
        PipelineCounters count = new PipelineCounters(p.id());
        counters.add(count);
        List<TelemetryConsumer<T>> outs = new ArrayList<>();
        for (ComponentRef ref : p.exporters()) {
            Exporter<T> exporter = exporter(signal, ref.id());
            count.exporters.add(exporter);
            outs.add(exporter);
        }
        TelemetryConsumer<T> next = counted(signal, FanOut.of(outs), count);
        List<Processor<T>> chain = new ArrayList<>();
        for (int i = p.processors().size() - 1; i >= 0; i--) {
            Processor<T> processor = processor(signal, p.processors().get(i).id(), next);
            chain.add(processor);
            next = processor;
        }
        processors.addAll(chain); // last processor first: each starts after what it feeds
        count.processors.addAll(chain);
        TelemetryConsumer<T> pipelineEntry = next;
        for (ComponentRef ref : p.receivers()) {
            receiverTargets.computeIfAbsent(signal + "/" + ref.id(), k -> new ArrayList<>())
                    .add((TelemetryConsumer<T>) data -> {
                        count.received(signal.itemCount(data));
                        pipelineEntry.consume(data);
                    });
        }
    }

    @SuppressWarnings("unchecked")
    private <T extends Message> void buildReceivers(SignalType<T> signal, PipelineConfig p) {
        for (ComponentRef ref : p.receivers()) {
            List<TelemetryConsumer<?>> targets = receiverTargets.remove(signal + "/" + ref.id());
            if (targets == null) {
                continue; // built for an earlier pipeline of this signal
            }
            List<TelemetryConsumer<T>> typed = new ArrayList<>();
            targets.forEach(t -> typed.add((TelemetryConsumer<T>) t));
            ComponentConfig c = config.component(ComponentKind.RECEIVER, ref.id());
            receivers.add(createReceiver((ReceiverFactory<Object>) c.factory(), signal, ref.id(), c.config(),
                    FanOut.of(typed)));
        }
    }

    private <T extends Message> Component createReceiver(ReceiverFactory<Object> factory, SignalType<T> signal,
                                                         ComponentId id, Object cfg, TelemetryConsumer<T> next) {
        return factory.createReceiver(signal, settings(id, ComponentKind.RECEIVER), cfg, next);
    }

    @SuppressWarnings("unchecked")
    private <T extends Message> Exporter<T> exporter(SignalType<T> signal, ComponentId id) {
        return (Exporter<T>) exporterInstances.computeIfAbsent(signal + "/" + id, k -> {
            ComponentConfig c = config.component(ComponentKind.EXPORTER, id);
            Exporter<T> e = ((ExporterFactory<Object>) c.factory()).createExporter(signal,
                    settings(id, ComponentKind.EXPORTER), c.config());
            exporters.add(e);
            return e;
        });
    }

    @SuppressWarnings("unchecked")
    private <T extends Message> Processor<T> processor(SignalType<T> signal, ComponentId id, TelemetryConsumer<T> next) {
        ComponentConfig c = config.component(ComponentKind.PROCESSOR, id);
        return ((ProcessorFactory<Object>) c.factory()).createProcessor(signal, settings(id, ComponentKind.PROCESSOR),
                c.config(), next);
    }

    private static <T extends Message> TelemetryConsumer<T> counted(SignalType<T> signal, TelemetryConsumer<T> exporters,
                                                                     PipelineCounters count) {
        return data -> {
            int n = signal.itemCount(data);
            try {
                exporters.consume(data);
                count.sent(n);
            } catch (ConsumeException e) {
                count.failed(n);
                throw e;
            }
        };
    }

    private ComponentSettings settings(ComponentId id, ComponentKind kind) {
        return new ComponentSettings(id, kind, log, metrics, outcomes);
    }
}
