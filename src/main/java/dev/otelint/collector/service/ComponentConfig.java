package dev.otelint.collector.service;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.component.Factory;
import dev.otelint.collector.config.ConfigSource;

/** One configured component: its bound config, or null factory and config when otelint cannot run its type. */
public record ComponentConfig(ComponentId id, ComponentKind kind, Factory<?> factory, Object config,
                              ConfigSource source) {

    public boolean runnable() {
        return factory != null;
    }
}
