package dev.otelint.collector.service;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import java.util.List;
import java.util.Map;

/** A whole collector config after reading: the components of each kind, the service's extensions and pipelines. */
public record CollectorConfig(Map<ComponentKind, Map<ComponentId, ComponentConfig>> components,
                              List<ComponentRef> extensions, List<PipelineConfig> pipelines) {

    public ComponentConfig component(ComponentKind kind, ComponentId id) {
        return components.get(kind).get(id);
    }
}
