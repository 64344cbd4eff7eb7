package dev.otelint.collector.ottl;

/** A statement that failed on one item (a type error, JSON that does not parse); error_mode decides what follows. */
public final class OttlRuntimeException extends RuntimeException {
    public OttlRuntimeException(String message) {
        super(message);
    }
}
