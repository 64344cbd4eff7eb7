package dev.otelint.records;

/**
 * How to read inputs. {@code signal} is required for OTLP protobuf files (their content does not
 * say which export request they hold) and ignored otherwise; it may be null.
 */
public record ReadOptions(Signal signal) {

    public static ReadOptions defaults() {
        return new ReadOptions(null);
    }
}
