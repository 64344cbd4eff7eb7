package dev.otelint.collector.processor.memorylimiter;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Processor;
import dev.otelint.collector.component.ProcessorFactory;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.TelemetryConsumer;

/** The "memory_limiter" processor: traces, metrics and logs, measuring the JVM heap. */
public final class MemoryLimiterProcessorFactory implements ProcessorFactory<MemoryLimiterConfig> {
    private final HeapMeter heap;

    public MemoryLimiterProcessorFactory() {
        this(HeapMeter.JVM);
    }

    /** A factory whose processors read {@code heap} (tests). */
    public MemoryLimiterProcessorFactory(HeapMeter heap) {
        this.heap = heap;
    }

    @Override
    public String type() {
        return "memory_limiter";
    }

    @Override
    public MemoryLimiterConfig createDefaultConfig() {
        return new MemoryLimiterConfig();
    }

    @Override
    public <T extends Message> Processor<T> createProcessor(SignalType<T> signal, ComponentSettings settings,
                                                            MemoryLimiterConfig config, TelemetryConsumer<T> next) {
        MemoryChecker checker = new MemoryChecker(config, heap, settings.log(), settings.fields(signal));
        return new MemoryLimiterProcessor<>(checker, config.checkInterval.toNanos(),
                "otelint-memory-limiter-" + settings.id() + "-" + signal, next);
    }
}
