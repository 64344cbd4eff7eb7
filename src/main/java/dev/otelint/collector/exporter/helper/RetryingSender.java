package dev.otelint.collector.exporter.helper;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.GoDuration;
import dev.otelint.collector.component.SignalType;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * retry_on_failure: sends a request until it is taken, a failure is permanent, or the next wait would pass
 * max_elapsed_time. A server's Retry-After or RetryInfo lengthens the wait, never shortens it (as exporterhelper).
 * Shutdown ends every wait at once: what is left is tried no more.
 */
final class RetryingSender<T extends Message> {
    private final RetryConfig config;
    private final RequestSender<T> sender;
    private final ComponentSettings settings;
    private final SignalType<T> signal;
    private final CountDownLatch stopped = new CountDownLatch(1);

    RetryingSender(RetryConfig config, RequestSender<T> sender, ComponentSettings settings, SignalType<T> signal) {
        this.config = config;
        this.sender = sender;
        this.settings = settings;
        this.signal = signal;
    }

    SendResult send(ExportRequest<T> request) throws ExportFailure {
        Backoff backoff = new Backoff(config, ThreadLocalRandom.current());
        long start = System.nanoTime();
        while (true) {
            ExportFailure failure;
            try {
                return sender.send(request);
            } catch (ExportFailure f) {
                failure = f;
            }
            if (!config.enabled || !failure.isRetryable()) {
                throw failure;
            }
            Duration wait = backoff.next();
            if (failure.retryAfter() != null && failure.retryAfter().compareTo(wait) > 0) {
                wait = failure.retryAfter();
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            if (!config.maxElapsedTime.isZero() && elapsed.plus(wait).compareTo(config.maxElapsedTime) > 0) {
                throw ExportFailure.permanent("no more retries left: " + failure.getMessage(), failure);
            }
            settings.outcomes().retried(settings.id(), signal, request.items(), failure.getMessage());
            settings.log().info("Exporting failed. Will retry the request after interval.",
                    LogFields.of(settings, signal, "error", failure.getMessage(), "interval", GoDuration.format(wait)));
            if (awaitStop(wait)) {
                throw ExportFailure.shutdown("interrupted due to shutdown: " + failure.getMessage(), failure);
            }
        }
    }

    void stop() {
        stopped.countDown();
    }

    private boolean awaitStop(Duration wait) {
        try {
            return stopped.await(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
