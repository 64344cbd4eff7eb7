package dev.otelint.push;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.service.Collector;
import dev.otelint.collector.service.CollectorConfig;
import dev.otelint.collector.service.ComponentRef;
import dev.otelint.collector.service.PipelineConfig;
import dev.otelint.collector.service.PipelineCounters;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Waits, before the collector is shut down, until the pipelines hold nothing and every network target has
 * answered for every record its pipelines gave it (accepted or rejected for good): a shutdown would end the
 * exporters' retries, and a backend that is down for a while must still get everything.
 */
final class Drain {
    private static final long POLL_MILLIS = 50;

    private final Collector collector;
    private final CollectorConfig config;
    private final List<Target> networkTargets;
    private final Outcomes outcomes;

    Drain(Collector collector, CollectorConfig config, List<Target> targets, Outcomes outcomes) {
        this.collector = collector;
        this.config = config;
        this.networkTargets = targets.stream().filter(Target::isNetwork).toList();
        this.outcomes = outcomes;
    }

    /** True when drained; false when {@code limit} passed or {@code stopped} turned true first. */
    boolean await(Duration limit, BooleanSupplier stopped) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!drained()) {
            if (stopped.getAsBoolean() || System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return true;
    }

    boolean drained() {
        for (PipelineCounters p : collector.pipelines()) {
            if (p.queued() > 0) {
                return false;
            }
        }
        for (Target t : networkTargets) {
            for (SignalType<?> signal : SignalType.all()) {
                if (outcomes.settled(t.id(), signal) < given(t.id(), signal)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Records the pipelines of {@code signal} that name {@code exporter} passed to their exporters. */
    long given(ComponentId exporter, SignalType<?> signal) {
        long n = 0;
        for (PipelineConfig p : config.pipelines()) {
            if (p.id().signal() == signal.signal() && names(p.exporters(), exporter)) {
                n += counters(p).sent();
            }
        }
        return n;
    }

    private PipelineCounters counters(PipelineConfig p) {
        return collector.pipelines().stream().filter(c -> c.id().equals(p.id())).findFirst().orElseThrow();
    }

    private static boolean names(List<ComponentRef> refs, ComponentId id) {
        return refs.stream().anyMatch(r -> r.id().equals(id));
    }
}
