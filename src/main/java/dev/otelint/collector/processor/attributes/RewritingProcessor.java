package dev.otelint.collector.processor.attributes;

import dev.otelint.collector.component.Processor;
import dev.otelint.collector.component.TelemetryConsumer;
import java.util.function.UnaryOperator;

/**
 * A processor that rewrites each request and passes the new one on (attributes, resource); it holds
 * nothing, so start and shutdown have nothing to do.
 */
public final class RewritingProcessor<T> implements Processor<T> {
    private final UnaryOperator<T> rewrite;
    private final TelemetryConsumer<T> next;

    public RewritingProcessor(UnaryOperator<T> rewrite, TelemetryConsumer<T> next) {
        this.rewrite = rewrite;
        this.next = next;
    }

    @Override
    public void consume(T data) {
        next.consume(rewrite.apply(data));
    }
}
