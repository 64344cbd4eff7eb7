package dev.otelint.collector.component;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;

/** What a factory is told when it creates a component: who it is and where to log. */
public record ComponentSettings(ComponentId id, ComponentKind kind, CollectorLog log) {

    /** The collector's fields for a component's log entries. */
    public String fields(SignalType<?> signal) {
        return "{\"otelcol.component.id\": \"" + id + "\", \"otelcol.component.kind\": \"" + kind.label()
                + "\", \"otelcol.signal\": \"" + signal + "\"}";
    }
}
