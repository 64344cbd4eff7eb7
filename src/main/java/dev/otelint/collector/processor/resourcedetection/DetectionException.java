package dev.otelint.collector.processor.resourcedetection;

/** A detector could not detect its resource; the message is the collector's. */
final class DetectionException extends RuntimeException {
    DetectionException(String message) {
        super(message);
    }
}
