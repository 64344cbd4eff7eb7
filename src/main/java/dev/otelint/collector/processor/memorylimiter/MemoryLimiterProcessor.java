package dev.otelint.collector.processor.memorylimiter;

import dev.otelint.collector.component.ConsumeException;
import dev.otelint.collector.component.Host;
import dev.otelint.collector.component.Processor;
import dev.otelint.collector.component.TelemetryConsumer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Measures memory every check_interval and, while the usage is above the soft limit, refuses data with the
 * collector's retryable error: the caller (a receiver) answers 503 / UNAVAILABLE and senders retry later.
 */
final class MemoryLimiterProcessor<T> implements Processor<T> {
    /** memorylimiter.ErrDataRefused. */
    static final String REFUSED = "data refused due to high memory usage";

    private final MemoryChecker checker;
    private final long intervalNanos;
    private final String threadName;
    private final TelemetryConsumer<T> next;
    private ScheduledExecutorService timer;

    MemoryLimiterProcessor(MemoryChecker checker, long intervalNanos, String threadName, TelemetryConsumer<T> next) {
        this.checker = checker;
        this.intervalNanos = intervalNanos;
        this.threadName = threadName;
        this.next = next;
    }

    @Override
    public synchronized void start(Host host) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        checker.check(); // data that arrives before the first tick is judged too
        timer.scheduleAtFixedRate(checker::check, intervalNanos, intervalNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void consume(T data) {
        if (checker.refusing()) {
            throw new ConsumeException(REFUSED);
        }
        next.consume(data);
    }

    @Override
    public synchronized void shutdown() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
