package dev.otelint.collector.extension.filestorage;

import dev.otelint.collector.component.GoDuration;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Two writers would interleave their appends, so a store has one client at a time, across processes too; like
 * bbolt's file lock in the collector, another waits up to file_storage's {@code timeout}. The lock goes with the
 * channel, so a killed process leaves none behind.
 */
final class StoreLock {
    private static final long POLL_MILLIS = 10;

    private StoreLock() {}

    /** Locks {@code ch} (the store {@code file}) or closes it and throws when the timeout passes. */
    static void acquire(FileChannel ch, Path file, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                if (ch.tryLock() != null) {
                    return;
                }
            } catch (OverlappingFileLockException e) {
                // held by another client in this JVM
            }
            if (System.nanoTime() >= deadline) {
                ch.close();
                throw new IllegalStateException("file_storage: " + file + " is in use by another client or process"
                        + " (waited for the timeout of " + GoDuration.format(timeout) + ")");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ch.close();
                throw new IllegalStateException("file_storage: interrupted waiting for " + file, e);
            }
        }
    }
}
