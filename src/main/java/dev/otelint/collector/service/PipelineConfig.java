package dev.otelint.collector.service;

import dev.otelint.collector.PipelineId;
import dev.otelint.collector.config.ConfigSource;
import java.util.List;

/** service::pipelines::ID: its receivers, processors in order, and exporters. */
public record PipelineConfig(PipelineId id, ConfigSource source, List<ComponentRef> receivers,
                             List<ComponentRef> processors, List<ComponentRef> exporters) {

    public String path() {
        return "service::pipelines::" + id;
    }
}
