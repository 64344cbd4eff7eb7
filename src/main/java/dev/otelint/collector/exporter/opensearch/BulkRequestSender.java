package dev.otelint.collector.exporter.opensearch;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.exporter.helper.ExportFailure;
import dev.otelint.collector.exporter.helper.ExportRequest;
import dev.otelint.collector.exporter.helper.LogFields;
import dev.otelint.collector.exporter.helper.RequestSender;
import dev.otelint.collector.exporter.helper.SendResult;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends one export request as a bulk request. Items OpenSearch failed with 429 or 5xx make the request fail
 * retryably, and the retry sends only those items again (the collector's exporter hands back just the failed records
 * for its retry); items it refused for good are reported as rejected with OpenSearch's reason, each distinct reason
 * logged once.
 */
final class BulkRequestSender<T extends Message> implements RequestSender<T> {
    private final SignalType<T> signal;
    private final ComponentSettings settings;
    private final OpenSearchExporterConfig config;
    private final Set<String> loggedReasons = ConcurrentHashMap.newKeySet();
    // retries of a request run on the thread that sent it first, so its unfinished items live with that thread
    private final ThreadLocal<Pending> pending = new ThreadLocal<>();
    private OtlpBulkDocuments encoder;
    private OpenSearchConnection connection;
    private OpenSearchBulkIndexer indexer;

    BulkRequestSender(SignalType<T> signal, ComponentSettings settings, OpenSearchExporterConfig config) {
        this.signal = signal;
        this.settings = settings;
        this.config = config;
    }

    /** A request's documents still to send and what was refused so far. */
    private static final class Pending {
        final Object request;
        List<BulkDocument> documents;
        long rejected;
        String reason;

        Pending(Object request, OtlpBulkDocuments.Encoded encoded) {
            this.request = request;
            this.documents = encoded.documents();
            this.rejected = encoded.unencodable();
            this.reason = encoded.unencodableReason();
        }
    }

    @Override
    public void start() {
        encoder = new OtlpBulkDocuments(config, Clock.systemDefaultZone());
        connection = OpenSearchConnection.open(config.http, config.requestTimeout());
        indexer = new OpenSearchBulkIndexer(connection, config.bulkAction);
    }

    @Override
    public SendResult send(ExportRequest<T> queued) throws ExportFailure {
        T request = queued.message();
        Pending state = pending.get();
        if (state == null || state.request != request) {
            state = new Pending(request, encoder.encode(request));
            logOnce(state.reason, state.rejected);
        }
        pending.remove();
        BulkResult result;
        try {
            result = indexer.index(state.documents);
        } catch (ExportFailure f) {
            if (f.isRetryable()) {
                pending.set(state); // the retry sends what is left, not what an earlier attempt got in
            }
            throw f;
        }
        if (result.rejected() > 0) {
            logOnce(result.rejectReason(), result.rejected());
            state.reason = state.reason.isEmpty() ? result.rejectReason() : state.reason;
            state.rejected += result.rejected();
        }
        if (!result.retryable().isEmpty()) {
            state.documents = result.retryable();
            pending.set(state);
            throw ExportFailure.retryable(result.retryable().size() + " of the bulk request's items failed: "
                    + result.retryReason(), null, null);
        }
        return SendResult.rejected(state.rejected, state.reason);
    }

    private void logOnce(String reason, long items) {
        if (items > 0 && loggedReasons.add(reason)) {
            settings.log().error("OpenSearch refused documents; they are dropped.",
                    LogFields.of(settings, signal, "reason", reason, "rejected_items", items));
        }
    }

    @Override
    public void shutdown() {
        if (connection != null) {
            connection.close();
        }
    }
}
