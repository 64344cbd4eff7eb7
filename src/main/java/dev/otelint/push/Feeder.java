package dev.otelint.push;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ConsumeException;
import dev.otelint.collector.component.SignalType;
import dev.otelint.gen.RateLimiter;
import dev.otelint.records.JsonValue;
import dev.otelint.records.Signal;
import java.util.List;
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
    private final List<DocumentIndexer> indexers;
    private volatile boolean running = true;

    /**
     * @param recordsPerSecond 0: as fast as the pipelines take them
     * @param indexers         targets that index Simple Schema documents as they are
     */
    Feeder(Inlet inlet, double recordsPerSecond, boolean dryRun, List<DocumentIndexer> indexers) {
        this.inlet = inlet;
        this.rate = new RateLimiter(recordsPerSecond, System.nanoTime());
        this.dryRun = dryRun;
        this.indexers = List.copyOf(indexers);
    }

    @Override
    public <T extends Message> void send(SignalType<T> signal, T request) throws InterruptedException {
        int items = signal.itemCount(request);
        pace(items);
        if (dryRun) {
            count(signal, items, true);
            return;
        }
        handOver(Inlet.MAIN, signal, request, items, true);
    }

    @Override
    public boolean document(Signal signal, JsonValue document) throws InterruptedException {
        if (indexers.isEmpty()) {
            return true;
        }
        pace(1);
        for (DocumentIndexer indexer : indexers) {
            indexer.add(signal, document);
        }
        SignalCount c = bySignal.computeIfAbsent(SignalType.of(signal), s -> new SignalCount());
        c.records.increment();
        sent.increment();
        return inlet.accepts(Inlet.DOCUMENTS, SignalType.of(signal));
    }

    @Override
    public <T extends Message> void sendDecoded(SignalType<T> signal, T request) throws InterruptedException {
        if (indexers.isEmpty()) {
            send(signal, request);
        } else { // paced and counted as sent when the document was indexed
            handOver(Inlet.DOCUMENTS, signal, request, signal.itemCount(request), false);
        }
    }

    /** Sends what the document targets hold; returns when the backends have answered for it. */
    void flushDocuments() throws InterruptedException {
        for (DocumentIndexer indexer : indexers) {
            indexer.flush();
        }
    }

    /** Requests handed to the pipelines plus bulk requests of the document targets. */
    long requests() {
        return requests.sum() + indexers.stream().mapToLong(DocumentIndexer::bulkRequests).sum();
    }

    private void pace(int items) throws InterruptedException {
        for (int i = 0; i < items; i++) {
            if (!rate.awaitNext(Long.MAX_VALUE)) {
                throw new InterruptedException();
            }
        }
    }

    private <T extends Message> void handOver(String route, SignalType<T> signal, T request, int items,
                                              boolean countsAsSent) throws InterruptedException {
        if (!inlet.accepts(route, signal)) {
            notSent(items, "no target takes " + signal);
            return;
        }
        try {
            inlet.send(route, signal, request);
            count(signal, items, countsAsSent);
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

    private void count(SignalType<?> signal, int items, boolean countsAsSent) {
        requests.increment();
        SignalCount c = bySignal.computeIfAbsent(signal, s -> new SignalCount());
        c.requests.increment();
        if (countsAsSent) {
            sent.add(items);
            c.records.add(items);
        }
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
