package dev.otelint.collector.service;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.Component;
import dev.otelint.collector.component.ExportOutcomes;
import dev.otelint.collector.component.Host;
import dev.otelint.collector.component.PipelineWatcher;
import dev.otelint.collector.service.telemetry.InternalTelemetry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * A built collector: starts extensions, exporters, processors, then receivers, so that nothing gets data
 * before what it feeds is ready; shuts down in the reverse order, so that receivers stop first, processors
 * pass on what they hold, and exporters write out last. A component shared by several signals starts once.
 * The collector's own telemetry (its Prometheus endpoint) starts before everything and stops after.
 */
public final class Collector implements Host {
    private final PipelineGraph graph;
    private final CollectorLog log;
    private final InternalTelemetry telemetry;
    private final List<Component> started = new ArrayList<>();
    private final CountDownLatch fatal = new CountDownLatch(1);
    private volatile Throwable fatalError;

    private Collector(PipelineGraph graph, CollectorLog log, InternalTelemetry telemetry) {
        this.graph = graph;
        this.log = log;
        this.telemetry = telemetry;
    }

    /** Builds a collector from a config that was read without errors. */
    public static Collector build(CollectorConfig config, CollectorLog log) {
        return build(config, log, ExportOutcomes.NONE);
    }

    /** Builds a collector whose exporters tell {@code outcomes} what became of the data they send. */
    public static Collector build(CollectorConfig config, CollectorLog log, ExportOutcomes outcomes) {
        InternalTelemetry telemetry = new InternalTelemetry(config.telemetry(), log);
        return new Collector(PipelineGraph.build(config, log, telemetry.registry(), outcomes), log, telemetry);
    }

    /** Starts everything; if a component fails to start, what already started is shut down and the error rethrown. */
    public synchronized void start() {
        telemetry.start();
        Set<Component> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Component> order = new ArrayList<>(graph.extensions.values());
        order.addAll(graph.exporters);
        order.addAll(graph.processors);
        order.addAll(graph.receivers);
        for (Component c : order) {
            if (seen.add(c)) {
                try {
                    c.start(this);
                } catch (RuntimeException e) {
                    shutdown();
                    throw e;
                }
                started.add(c);
            }
        }
        watchers().forEach(PipelineWatcher::ready);
    }

    /** Shuts down what started, in reverse order; every component is shut down even if one fails. */
    public synchronized void shutdown() {
        watchers().forEach(PipelineWatcher::notReady);
        RuntimeException first = null;
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).shutdown();
            } catch (RuntimeException e) {
                log.error("Failed to shut down a component", "{\"error\": \"" + e.getMessage() + "\"}");
                first = first == null ? e : first;
            }
        }
        started.clear();
        telemetry.shutdown();
        if (first != null) {
            throw first;
        }
    }

    private List<PipelineWatcher> watchers() {
        return graph.extensions.values().stream().filter(e -> e instanceof PipelineWatcher && started.contains(e))
                .map(PipelineWatcher.class::cast).toList();
    }

    public List<PipelineCounters> pipelines() {
        return List.copyOf(graph.counters);
    }

    /** The collector's own metrics and the endpoints serving them. */
    public InternalTelemetry telemetry() {
        return telemetry;
    }

    /** True when at least one receiver was built: otherwise no data can ever arrive. */
    public boolean hasReceivers() {
        return !graph.receivers.isEmpty();
    }

    @Override
    public Map<ComponentId, Component> extensions() {
        return Collections.unmodifiableMap(graph.extensions);
    }

    @Override
    public CollectorLog log() {
        return log;
    }

    @Override
    public void reportFatalError(ComponentId id, Throwable error) {
        log.error("Fatal error reported by " + id, "{\"error\": \"" + error + "\"}");
        fatalError = error;
        fatal.countDown();
    }

    /** Waits until a component reports a fatal error, or {@code millis} pass; returns the error or null. */
    public Throwable awaitFatalError(long millis) throws InterruptedException {
        fatal.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
        return fatalError;
    }
}
