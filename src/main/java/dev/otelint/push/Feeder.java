package dev.otelint.push;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ConsumeException;
import dev.otelint.collector.component.SignalType;
import dev.otelint.gen.RateLimiter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The {@link Feed} every source writes to: paces records to --rate, hands requests to the pipelines through
 * the {@link Inlet}, and counts what was sent, what could not be (unreadable, no target for the signal, refused
 * by the pipeline), and the requests.
 */
final class Feeder implements Feed {
    final LongAdder sent = new LongAdder();
    final LongAdder requests = new LongAdder();
    final LongAdder unreadable = new LongAdder();
    final LongAdder notSent = new LongAdder();
    private final Map<String, LongAdder> notSentReasons = new ConcurrentHashMap<>();
    private final Map<SignalType<?>, SignalCount> bySignal = new ConcurrentHashMap<>();
    private final Inlet inlet;
    private final RateLimiter rate;
    private final boolean dryRun;
    private volatile boolean running = true;

    /** @param recordsPerSecond 0: as fast as the pipelines take them */
    Feeder(Inlet inlet, double recordsPerSecond, boolean dryRun) {
        this.inlet = inlet;
        this.rate = new RateLimiter(recordsPerSecond, System.nanoTime());
        this.dryRun = dryRun;
    }

    @Override
    public <T extends Message> void send(SignalType<T> signal, T request) throws InterruptedException {
        int items = signal.itemCount(request);
        for (int i = 0; i < items; i++) {
            if (!rate.awaitNext(Long.MAX_VALUE)) {
                throw new InterruptedException();
            }
        }
        if (dryRun) {
            count(signal, items);
            return;
        }
        if (!inlet.accepts(signal)) {
            notSent(items, "no target takes " + signal);
            return;
        }
        try {
            inlet.send(signal, request);
            count(signal, items);
        } catch (ConsumeException e) {
            notSent(items, String.valueOf(e.getMessage()));
        }
    }

    @Override
    public void unreadable(long records) {
        unreadable.add(records);
    }

    @Override
    public boolean running() {
        return running;
    }

    void stop() {
        running = false;
    }

    Map<String, LongAdder> notSentReasons() {
        return notSentReasons;
    }

    /** Records and requests handed to the pipelines (or, in a dry run, that would have been) by signal. */
    Map<SignalType<?>, SignalCount> bySignal() {
        return bySignal;
    }

    /** Records of {@code signal} handed to its pipelines so far. */
    long sent(SignalType<?> signal) {
        SignalCount c = bySignal.get(signal);
        return c == null ? 0 : c.records.sum();
    }

    private void count(SignalType<?> signal, int items) {
        sent.add(items);
        requests.increment();
        SignalCount c = bySignal.computeIfAbsent(signal, s -> new SignalCount());
        c.records.add(items);
        c.requests.increment();
    }

    /** Records and requests of one signal. */
    static final class SignalCount {
        final LongAdder records = new LongAdder();
        final LongAdder requests = new LongAdder();
    }

    private void notSent(int items, String reason) {
        notSent.add(items);
        notSentReasons.computeIfAbsent(reason, r -> new LongAdder()).add(items);
    }
}
