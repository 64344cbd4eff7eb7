package dev.otelint.push;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.component.ExportOutcomes;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.exporter.helper.Backoff;
import dev.otelint.collector.exporter.helper.ExportFailure;
import dev.otelint.collector.exporter.helper.RetryConfig;
import dev.otelint.collector.exporter.opensearch.BulkDocument;
import dev.otelint.collector.exporter.opensearch.BulkResult;
import dev.otelint.collector.exporter.opensearch.OpenSearchBulkIndexer;
import dev.otelint.collector.exporter.opensearch.OpenSearchIndexNames;
import dev.otelint.records.JsonValue;
import dev.otelint.records.Signal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Indexes Simple Schema documents into OpenSearch as they are written (as the Dashboards "try it" flow does),
 * in bulk requests of up to {@value #BATCH} documents per signal. Items OpenSearch fails with 429 or 5xx, and
 * requests that get no answer, are sent again with the target's retry_on_failure backoff; what it refuses for good
 * is rejected with its reason. Sends on the feeding thread, so a slow backend slows the feed down.
 */
final class DocumentIndexer {
    static final int BATCH = 500;

    private final ComponentId id;
    private final OpenSearchBulkIndexer indexer;
    private final Function<Signal, OpenSearchIndexNames> names;
    private final RetryConfig retry;
    private final ExportOutcomes outcomes;
    private final Map<Signal, List<BulkDocument>> batches = new EnumMap<>(Signal.class);
    private long bulkRequests;

    /** @param id the id outcomes are reported under (not the exporter's own: its counts are the pipelines') */
    DocumentIndexer(ComponentId id, OpenSearchBulkIndexer indexer, Function<Signal, OpenSearchIndexNames> names,
                    RetryConfig retry, ExportOutcomes outcomes) {
        this.id = id;
        this.indexer = indexer;
        this.names = names;
        this.retry = retry;
        this.outcomes = outcomes;
    }

    void add(Signal signal, JsonValue document) throws InterruptedException {
        List<BulkDocument> batch = batches.computeIfAbsent(signal, s -> new ArrayList<>());
        batch.add(new BulkDocument(names.apply(signal).indexOf(document), document.toJson()));
        if (batch.size() >= BATCH) {
            send(signal, batch);
            batch.clear();
        }
    }

    /** Sends what is batched; returns when OpenSearch has answered for all of it (or retries ran out). */
    void flush() throws InterruptedException {
        for (Map.Entry<Signal, List<BulkDocument>> e : batches.entrySet()) {
            send(e.getKey(), e.getValue());
            e.getValue().clear();
        }
    }

    long bulkRequests() {
        return bulkRequests;
    }

    private void send(Signal signal, List<BulkDocument> batch) throws InterruptedException {
        SignalType<?> type = SignalType.of(signal);
        List<BulkDocument> left = List.copyOf(batch);
        Backoff backoff = new Backoff(retry, ThreadLocalRandom.current());
        long start = System.nanoTime();
        while (!left.isEmpty()) {
            String retryReason;
            Duration retryAfter = null;
            try {
                bulkRequests++;
                BulkResult result = indexer.index(left);
                outcomes.accepted(id, type, result.taken());
                if (result.rejected() > 0) {
                    outcomes.rejected(id, type, result.rejected(), result.rejectReason());
                }
                left = result.retryable();
                retryReason = result.retryReason();
            } catch (ExportFailure f) {
                if (!f.isRetryable()) {
                    outcomes.rejected(id, type, left.size(), f.getMessage());
                    return;
                }
                retryReason = f.getMessage();
                retryAfter = f.retryAfter();
            }
            if (left.isEmpty()) {
                return;
            }
            Duration wait = backoff.next();
            wait = retryAfter != null && retryAfter.compareTo(wait) > 0 ? retryAfter : wait;
            // retry_on_failure: no wait past max_elapsed_time, then the items are given up
            if (!retry.enabled || !retry.maxElapsedTime.isZero()
                    && Duration.ofNanos(System.nanoTime() - start).plus(wait).compareTo(retry.maxElapsedTime) > 0) {
                outcomes.rejected(id, type, left.size(), "no more retries left: " + retryReason);
                return;
            }
            outcomes.retried(id, type, left.size(), retryReason);
            Thread.sleep(wait.toMillis());
        }
    }
}
