package dev.otelint.collector.processor.resource;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Processor;
import dev.otelint.collector.component.ProcessorFactory;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.TelemetryConsumer;
import dev.otelint.collector.processor.attributes.AttributeActions;

/** The "resource" processor: traces, metrics and logs. */
public final class ResourceProcessorFactory implements ProcessorFactory<ResourceConfig> {

    @Override
    public String type() {
        return "resource";
    }

    @Override
    public ResourceConfig createDefaultConfig() {
        return new ResourceConfig();
    }

    @Override
    public <T extends Message> Processor<T> createProcessor(SignalType<T> signal, ComponentSettings settings,
                                                            ResourceConfig config, TelemetryConsumer<T> next) {
        ResourceRewriter rewriter = new ResourceRewriter(AttributeActions.compile(config.attributes));
        return rewriter.processor(signal, next);
    }
}
