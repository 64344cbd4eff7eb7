package dev.otelint.collector.exporter.zipkin;

/** A span Zipkin cannot take (an empty id, a negative duration): the collector drops the whole request for it. */
final class InvalidSpanException extends Exception {
    InvalidSpanException(String message) {
        super(message);
    }
}
