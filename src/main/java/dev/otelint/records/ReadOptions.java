package dev.otelint.records;

/**
 * How to read inputs. {@code signal} is required for OTLP protobuf files (their content does not
 * say which export request they hold) and ignored otherwise; it may be null. {@code screen}, when
 * not null, lets NDJSON readers skip the tree of documents it passes (their records have none).
 */
public record ReadOptions(Signal signal, DocumentScreen screen) {

    public ReadOptions(Signal signal) {
        this(signal, null);
    }

    public static ReadOptions defaults() {
        return new ReadOptions(null);
    }
}
