package dev.otelint.collector.exporter.helper;

import java.time.Duration;

/**
 * A request the peer did not take. Retryable failures are those the OTLP spec lets a client retry; a server
 * may say how long to wait ({@code Retry-After}, gRPC RetryInfo).
 */
public final class ExportFailure extends Exception {
    private final boolean retryable;
    private final Duration retryAfter;
    private final boolean shutdown;

    private ExportFailure(String message, boolean retryable, Duration retryAfter, Throwable cause, boolean shutdown) {
        super(message, cause);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
        this.shutdown = shutdown;
    }

    public static ExportFailure retryable(String message, Duration retryAfter, Throwable cause) {
        return new ExportFailure(message, true, retryAfter, cause, false);
    }

    public static ExportFailure permanent(String message, Throwable cause) {
        return new ExportFailure(message, false, null, cause, false);
    }

    /** Retrying stopped because the exporter shuts down: a persistent queue keeps the request for the next start. */
    public static ExportFailure shutdown(String message, Throwable cause) {
        return new ExportFailure(message, false, null, cause, true);
    }

    public boolean isShutdown() {
        return shutdown;
    }

    public boolean isRetryable() {
        return retryable;
    }

    /** The wait the server asked for, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
