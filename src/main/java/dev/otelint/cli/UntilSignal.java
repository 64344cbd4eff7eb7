package dev.otelint.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command's long work so that SIGINT or SIGTERM ends it gracefully: the JVM's shutdown hook asks the
 * work to stop, then holds the exit until the work has returned (at most a timeout), so that what it prints
 * or flushes on the way out is not cut off.
 */
final class UntilSignal {

    /** The work; it returns once asked to stop. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws InterruptedException;
    }

    private UntilSignal() {}

    static <T> T run(String name, Runnable askToStop, long timeoutSeconds, Work<T> work) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            askToStop.run();
            try {
                done.await(timeoutSeconds, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return work.run();
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already exiting: the hook is what stopped us
            }
        }
    }
}
