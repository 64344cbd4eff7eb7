package dev.otelint.collector.service;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.service.telemetry.TelemetryConfig;
import java.util.List;
import java.util.Map;

/**
 * A whole collector config after reading: the components of each kind, the service's extensions and pipelines,
 * and its own telemetry settings.
 */
public record CollectorConfig(Map<ComponentKind, Map<ComponentId, ComponentConfig>> components,
                              List<ComponentRef> extensions, List<PipelineConfig> pipelines,
                              TelemetryConfig telemetry) {

    public CollectorConfig(Map<ComponentKind, Map<ComponentId, ComponentConfig>> components,
                           List<ComponentRef> extensions, List<PipelineConfig> pipelines) {
        this(components, extensions, pipelines, TelemetryConfig.defaults());
    }

    public ComponentConfig component(ComponentKind kind, ComponentId id) {
        return components.get(kind).get(id);
    }
}
