package dev.otelint.collector.component;

/** A processor of one pipeline; {@link #queued()} is what it holds and has not passed on yet. */
public interface Processor<T> extends Component, TelemetryConsumer<T> {
    default long queued() {
        return 0;
    }
}
