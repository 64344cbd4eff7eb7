package dev.otelint.gen;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ConsumeException;
import dev.otelint.collector.component.Exporter;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One worker: makes units at its rate until its count is reached or the run's deadline passes, sends a request
 * each time {@code batchSize} items are pending (a trace is never split), then sends what is left.
 */
final class GenWorker<T extends Message> implements Runnable {
    private final RecordGenerator<T> generator;
    private final Exporter<T> exporter;
    private final GenSettings settings;
    private final GenCounters counters;
    private final long startNanos;
    private final long deadlineNanos;
    private final BooleanSupplier stopped;

    GenWorker(RecordGenerator<T> generator, Exporter<T> exporter, GenSettings settings, GenCounters counters,
              long startNanos, BooleanSupplier stopped) {
        this.stopped = stopped;
        this.generator = generator;
        this.exporter = exporter;
        this.settings = settings;
        this.counters = counters;
        this.startNanos = startNanos;
        // a count-bounded run has no deadline: about 292 years away
        this.deadlineNanos = startNanos + (settings.timed() ? settings.duration().toNanos() : Long.MAX_VALUE / 2);
    }

    @Override
    public void run() {
        RateLimiter limiter = new RateLimiter(settings.ratePerWorker(), startNanos);
        long made = 0;
        int pending = 0;
        while (more(made) && limiter.awaitNext(deadlineNanos) && !stopped.getAsBoolean()) {
            pending += generator.addUnit(epochNanos());
            made++;
            if (pending >= settings.batchSize()) {
                send(pending);
                pending = 0;
            }
        }
        if (pending > 0) {
            send(pending);
        }
    }

    /** Units are left to make: the count is not reached, or (timed) the deadline has not passed. */
    private boolean more(long made) {
        return settings.timed() ? System.nanoTime() - deadlineNanos < 0 : made < settings.countPerWorker();
    }

    private void send(int items) {
        T request = generator.takeRequest();
        try {
            exporter.consume(request);
            counters.sentItems.add(items);
            counters.sentRequests.increment();
        } catch (ConsumeException e) { // the exporter has logged why
            counters.failedItems.add(items);
            counters.failedRequests.increment();
        }
    }

    private static long epochNanos() {
        java.time.Instant now = java.time.Instant.now();
        return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
    }
}
