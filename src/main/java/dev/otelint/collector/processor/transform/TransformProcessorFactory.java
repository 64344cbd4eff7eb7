package dev.otelint.collector.processor.transform;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Processor;
import dev.otelint.collector.component.ProcessorFactory;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.TelemetryConsumer;

/** The "transform" processor: OTTL statements that change traces, metrics and logs. */
public final class TransformProcessorFactory implements ProcessorFactory<TransformConfig> {

    @Override
    public String type() {
        return "transform";
    }

    @Override
    public TransformConfig createDefaultConfig() {
        return new TransformConfig();
    }

    @Override
    public <T extends Message> Processor<T> createProcessor(SignalType<T> signal, ComponentSettings settings,
                                                            TransformConfig config, TelemetryConsumer<T> next) {
        return new TransformProcessor<>(config.groups(signal), settings, next);
    }
}
