package dev.otelint.collector.processor.attributes;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Processor;
import dev.otelint.collector.component.ProcessorFactory;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.TelemetryConsumer;

/** The "attributes" processor: traces, metrics (data point attributes) and logs. */
public final class AttributesProcessorFactory implements ProcessorFactory<AttributesConfig> {

    @Override
    public String type() {
        return "attributes";
    }

    @Override
    public AttributesConfig createDefaultConfig() {
        return new AttributesConfig();
    }

    @Override
    public <T extends Message> Processor<T> createProcessor(SignalType<T> signal, ComponentSettings settings,
                                                            AttributesConfig config, TelemetryConsumer<T> next) {
        AttributesRewriter rewriter = new AttributesRewriter(AttributeActions.compile(config.actions),
                RecordFilter.compile(config.include, config.exclude));
        return rewriter.processor(signal, next);
    }
}
