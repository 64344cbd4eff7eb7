package dev.otelint.collector.processor.batch;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Processor;
import dev.otelint.collector.component.ProcessorFactory;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.TelemetryConsumer;

/** The "batch" processor: traces, metrics and logs. */
public final class BatchProcessorFactory implements ProcessorFactory<BatchConfig> {

    @Override
    public String type() {
        return "batch";
    }

    @Override
    public BatchConfig createDefaultConfig() {
        return new BatchConfig();
    }

    @Override
    public <T extends Message> Processor<T> createProcessor(SignalType<T> signal, ComponentSettings settings,
                                                            BatchConfig config, TelemetryConsumer<T> next) {
        return new BatchProcessor<>(signal, settings, config, next);
    }
}
