package dev.otelint.collector.component;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.service.telemetry.MetricRegistry;

/**
 * What a factory is told when it creates a component: who it is, where to log, and where to count what it does
 * (the collector's own metrics, served on its Prometheus endpoint), and who hears what became of exported data.
 */
public record ComponentSettings(ComponentId id, ComponentKind kind, CollectorLog log, MetricRegistry metrics,
                                ExportOutcomes outcomes) {

    public ComponentSettings(ComponentId id, ComponentKind kind, CollectorLog log, MetricRegistry metrics) {
        this(id, kind, log, metrics, ExportOutcomes.NONE);
    }

    /** Settings whose metrics go to a registry of their own, which nothing serves. */
    public ComponentSettings(ComponentId id, ComponentKind kind, CollectorLog log) {
        this(id, kind, log, new MetricRegistry());
    }

    /** The collector's fields for a component's log entries. */
    public String fields(SignalType<?> signal) {
        return "{\"otelcol.component.id\": \"" + id + "\", \"otelcol.component.kind\": \"" + kind.label()
                + "\", \"otelcol.signal\": \"" + signal + "\"}";
    }
}
