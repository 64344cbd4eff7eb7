package dev.otelint.gen;

import io.opentelemetry.proto.common.v1.KeyValue;
import java.time.Duration;
import java.util.List;

/**
 * What one {@code otelint gen} run does, with telemetrygen's meanings: {@code workers} threads each make
 * {@code countPerWorker} units (traces, log records, metric data points) or, when {@code duration} is positive,
 * as many as they can until it ends; {@code ratePerWorker} units per second per worker, 0 = no throttling.
 */
public record GenSettings(
        int workers,
        double ratePerWorker,
        Duration duration,
        long countPerWorker,
        int batchSize,
        String serviceName,
        List<KeyValue> resourceAttributes,
        List<KeyValue> telemetryAttributes,
        Destination destination) {

    public GenSettings {
        if (workers < 1) {
            throw new IllegalArgumentException("--workers must be at least 1");
        }
        if (ratePerWorker < 0 || Double.isNaN(ratePerWorker) || Double.isInfinite(ratePerWorker)) {
            throw new IllegalArgumentException("--rate must be 0 (no throttling) or a positive number");
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException("--duration must not be negative");
        }
        if (countPerWorker < 0) {
            throw new IllegalArgumentException("the count per worker must not be negative");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("--batch-size must be at least 1");
        }
        resourceAttributes = List.copyOf(resourceAttributes);
        telemetryAttributes = List.copyOf(telemetryAttributes);
    }

    /** A run bounded by time rather than by count. */
    public boolean timed() {
        return !duration.isZero();
    }
}
