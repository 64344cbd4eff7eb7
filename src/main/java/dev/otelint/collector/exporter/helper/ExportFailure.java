package dev.otelint.collector.exporter.helper;

import java.time.Duration;

/**
 * A request the peer did not take. Retryable failures are those the OTLP spec lets a client retry; a server
 * may say how long to wait ({@code Retry-After}, gRPC RetryInfo).
 */
public final class ExportFailure extends Exception {
    private final boolean retryable;
    private final Duration retryAfter;

    private ExportFailure(String message, boolean retryable, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    public static ExportFailure retryable(String message, Duration retryAfter, Throwable cause) {
        return new ExportFailure(message, true, retryAfter, cause);
    }

    public static ExportFailure permanent(String message, Throwable cause) {
        return new ExportFailure(message, false, null, cause);
    }

    public boolean isRetryable() {
        return retryable;
    }

    /** The wait the server asked for, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
