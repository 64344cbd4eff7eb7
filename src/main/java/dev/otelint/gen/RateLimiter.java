package dev.otelint.gen;

import java.util.concurrent.locks.LockSupport;

/**
 * Spaces one worker's units {@code 1/rate} seconds apart on a fixed schedule (unit n is due at start + n/rate),
 * so a late unit does not push the later ones back and the average rate holds. Rate 0: no throttling.
 */
public final class RateLimiter {
    private final double nanosPerUnit;
    private final long startNanos;
    private long units;

    public RateLimiter(double ratePerSecond, long startNanos) {
        this.nanosPerUnit = ratePerSecond == 0 ? 0 : 1e9 / ratePerSecond;
        this.startNanos = startNanos;
    }

    /** Waits until the next unit is due; false (without waiting) when it is due at or after {@code deadlineNanos}. */
    public boolean awaitNext(long deadlineNanos) {
        long due = startNanos + (long) (units * nanosPerUnit);
        if (due - deadlineNanos >= 0) {
            return false;
        }
        units++;
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
            LockSupport.parkNanos(wait);
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
        }
        return true;
    }
}
