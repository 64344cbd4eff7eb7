package dev.otelint.records;

/**
 * How to read inputs. {@code signal} is required for OTLP protobuf files (their content does not
 * say which export request they hold) and ignored otherwise; it may be null. {@code screen}, when
 * not null, lets NDJSON readers skip the tree of documents it passes (their records have none).
 * {@code wholeRequests} keeps each OTLP export request whole, as one record holding the request
 * (for sending it on), instead of one Simple Schema document per log record, span or data point.
 */
public record ReadOptions(Signal signal, DocumentScreen screen, boolean wholeRequests) {

    public ReadOptions(Signal signal, DocumentScreen screen) {
        this(signal, screen, false);
    }

    public ReadOptions(Signal signal) {
        this(signal, null);
    }

    public static ReadOptions defaults() {
        return new ReadOptions(null);
    }
}
