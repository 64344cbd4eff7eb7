package dev.otelint.gen;

import com.google.protobuf.Message;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.Exporter;
import dev.otelint.collector.component.Host;
import dev.otelint.collector.ComponentId;
import dev.otelint.collector.component.Component;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Runs {@code workers} {@link GenWorker}s against one exporter (its HTTP or gRPC client is shared, as
 * telemetrygen's workers share theirs), waits for them, shuts the exporter down and sums up.
 */
public final class LoadGenerator<T extends Message> {
    private final GenSettings settings;
    private final LongFunction<RecordGenerator<T>> generators;
    private final String unit;
    private volatile boolean stopped;

    /**
     * @param generators a new generator for the worker with the given seed
     * @param unit what an item is called in the summary: spans, metrics (data points), logs
     */
    public LoadGenerator(GenSettings settings, LongFunction<RecordGenerator<T>> generators, String unit) {
        this.settings = settings;
        this.generators = generators;
        this.unit = unit;
    }

    public GenSummary run(CollectorLog log) throws InterruptedException {
        RecordGenerator<T> first = generators.apply(0);
        Exporter<T> exporter = GenExporters.create(first.signal(), settings.destination(), log);
        exporter.start(host(log));
        GenCounters counters = new GenCounters();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        try {
            for (int i = 0; i < settings.workers(); i++) {
                GenWorker<T> worker = new GenWorker<>(i == 0 ? first : generators.apply(i), exporter, settings,
                        counters, start, () -> stopped);
                Thread t = new Thread(worker, "otelint-gen-" + i);
                t.start();
                threads.add(t);
            }
            for (Thread t : threads) {
                t.join();
            }
        } finally {
            stopped = true; // reached early only when this thread was interrupted
            for (Thread t : threads) {
                t.join();
            }
            exporter.shutdown();
        }
        return new GenSummary(unit, counters.sentItems.sum(), counters.failedItems.sum(), counters.sentRequests.sum(),
                counters.failedRequests.sum(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Ends the run early (Ctrl-C): workers send what they have made and stop; {@link #run} then returns. */
    public void stop() {
        stopped = true;
    }

    private static Host host(CollectorLog log) {
        return new Host() {
            @Override
            public Map<ComponentId, Component> extensions() {
                return Map.of();
            }

            @Override
            public CollectorLog log() {
                return log;
            }

            @Override
            public void reportFatalError(ComponentId id, Throwable error) {
                log.error("fatal error in " + id + ": " + error, null);
            }
        };
    }
}
