package dev.otelint.collector.processor.filter;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Processor;
import dev.otelint.collector.component.ProcessorFactory;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.TelemetryConsumer;

/** The "filter" processor: drops spans, span events, metrics, data points and log records by OTTL conditions. */
public final class FilterProcessorFactory implements ProcessorFactory<FilterConfig> {

    @Override
    public String type() {
        return "filter";
    }

    @Override
    public FilterConfig createDefaultConfig() {
        return new FilterConfig();
    }

    @Override
    public <T extends Message> Processor<T> createProcessor(SignalType<T> signal, ComponentSettings settings,
                                                            FilterConfig config, TelemetryConsumer<T> next) {
        return new FilterProcessor<>(signal, config.conditions(signal), settings, next);
    }
}
