package dev.otelint.collector.component;

/** An exporter of one signal; {@link #queued()} is what it holds and has not sent yet. */
public interface Exporter<T> extends Component, TelemetryConsumer<T> {
    default long queued() {
        return 0;
    }
}
