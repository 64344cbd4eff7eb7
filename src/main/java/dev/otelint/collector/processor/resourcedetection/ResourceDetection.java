package dev.otelint.collector.processor.resourcedetection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;

/**
 * Runs the detectors in order within the timeout and merges what they found, earlier detectors winning
 * (resourcedetection's ResourceProvider). Any detector's failure fails the detection, as it fails the
 * processor's start in the collector; each failure is also logged with its detector.
 */
final class ResourceDetection {
    private final List<Detector> detectors;
    private final Duration timeout;
    private final BiConsumer<String, String> failureLog;

    /** {@code failureLog} gets the detector's name and its error. */
    ResourceDetection(List<Detector> detectors, Duration timeout, BiConsumer<String, String> failureLog) {
        this.detectors = List.copyOf(detectors);
        this.timeout = timeout;
        this.failureLog = failureLog;
    }

    DetectedResource run() {
        CompletableFuture<DetectedResource> detection = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                detection.complete(detectAll());
            } catch (RuntimeException e) {
                detection.completeExceptionally(e);
            }
        }, "otelint-resourcedetection");
        worker.setDaemon(true); // a resolver that hangs must not keep the JVM alive
        worker.start();
        try {
            // Go's detectors that succeed at once do so even under an expired deadline: no limit then
            return timeout.isZero() || timeout.isNegative() ? detection.get() : detection.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            throw new DetectionException("context deadline exceeded"); // Go's message for the expired timeout
        } catch (ExecutionException e) {
            throw e.getCause() instanceof DetectionException d ? d : new DetectionException(e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DetectionException("detection interrupted");
        }
    }

    private DetectedResource detectAll() {
        DetectedResource merged = DetectedResource.EMPTY;
        List<String> errors = new ArrayList<>();
        for (Detector detector : detectors) {
            try {
                merged = merged.mergedWith(detector.detect());
            } catch (DetectionException e) {
                failureLog.accept(detector.name(), e.getMessage());
                errors.add(e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new DetectionException(String.join("; ", errors));
        }
        if (detectors.isEmpty()) {
            throw new DetectionException("resource detection failed: no detectors succeeded");
        }
        return merged;
    }
}
