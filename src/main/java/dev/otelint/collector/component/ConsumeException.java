package dev.otelint.collector.component;

/** Data a consumer could not take (an exporter could not write it, a queue is full). */
public class ConsumeException extends RuntimeException {
    public ConsumeException(String message, Throwable cause) {
        super(message, cause);
    }

    public ConsumeException(String message) {
        super(message);
    }
}
