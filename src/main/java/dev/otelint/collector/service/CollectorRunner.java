package dev.otelint.collector.service;

import dev.otelint.report.BadInputException;
import java.time.Duration;
import java.util.StringJoiner;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a built collector until {@code stop} is released or a component reports a fatal error, writing a
 * status line per interval when asked, then shuts it down gracefully.
 */
public final class CollectorRunner {
    private final Collector collector;
    private final Duration statusInterval;
    private final Consumer<String> status;

    /** @param status where status lines go, or null for none */
    public CollectorRunner(Collector collector, Duration statusInterval, Consumer<String> status) {
        this.collector = collector;
        this.statusInterval = statusInterval;
        this.status = status;
    }

    /** Returns the fatal error that ended the run, or null when it was stopped. */
    public Throwable run(CountDownLatch stop) throws InterruptedException {
        if (!collector.hasReceivers()) {
            throw new BadInputException("no pipeline has a receiver otelint can run, so no data would ever arrive; "
                    + "nothing to run");
        }
        collector.start();
        collector.log().info("Everything is ready. Begin running and processing data.", null);
        Throwable fatal = null;
        try {
            long waitMillis = Math.max(statusInterval.toMillis(), 10);
            while (!stop.await(waitMillis, TimeUnit.MILLISECONDS)) {
                fatal = collector.awaitFatalError(0);
                if (fatal != null) {
                    break;
                }
                if (status != null) {
                    status.accept(statusLine());
                }
            }
        } finally {
            collector.shutdown();
            collector.log().info("Shutdown complete.", null);
        }
        return fatal;
    }

    public String statusLine() {
        StringJoiner line = new StringJoiner(" | ");
        collector.pipelines().forEach(p -> line.add(p.summary()));
        return line.toString();
    }
}
