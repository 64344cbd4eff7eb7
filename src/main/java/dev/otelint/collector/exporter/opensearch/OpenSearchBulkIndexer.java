package dev.otelint.collector.exporter.opensearch;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.otelint.collector.exporter.helper.ExportFailure;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.ErrorCause;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.transport.TransportOptions;
import org.opensearch.client.transport.httpclient5.ResponseException;

/**
 * Sends documents through the Bulk API with {@code create} (the exporter's default) or {@code index}, as they are:
 * the exporter's encoded records, or an integration's sample documents for {@code otelint push}. Per item, as
 * opensearchexporter: 429, 500, 502, 503 and 504 may be sent again, any other failure is final. A request that gets
 * no answer, or a 429 or 5xx answer, is a retryable failure; any other refused request (401, 403...) is permanent.
 */
public final class OpenSearchBulkIndexer {
    private static final Set<Integer> RETRYABLE = Set.of(429, 500, 502, 503, 504);
    /**
     * Only what the per-item verdicts need (common options: filter_path): OpenSearch then writes, and the client
     * parses, a fraction of the answer, which otherwise repeats ids, versions and shard counts for every item.
     */
    private static final String RESPONSE_FIELDS = "took,errors,items.*._index,items.*.status,items.*.error";

    private final OpenSearchConnection connection;
    private final OpenSearchClient client;
    private final boolean create;

    /** @param bulkAction "create" or "index" */
    public OpenSearchBulkIndexer(OpenSearchConnection connection, String bulkAction) {
        if (!OpenSearchExporterConfig.CREATE.equals(bulkAction) && !OpenSearchExporterConfig.INDEX.equals(bulkAction)) {
            throw new IllegalArgumentException("bulk_action can either be `create` or `index`");
        }
        this.connection = connection;
        this.client = connection.client().withTransportOptions(
                TransportOptions.builder().setParameter("filter_path", RESPONSE_FIELDS).build());
        this.create = OpenSearchExporterConfig.CREATE.equals(bulkAction);
    }

    /** Sends {@code documents} in one bulk request (none: nothing is sent). */
    public BulkResult index(List<BulkDocument> documents) throws ExportFailure {
        if (documents.isEmpty()) {
            return new BulkResult(0, List.of(), "", 0, "");
        }
        List<BulkOperation> operations = new ArrayList<>(documents.size());
        for (BulkDocument document : documents) {
            operations.add(operation(document));
        }
        BulkResponse response = send(BulkRequest.of(b -> b.operations(operations)));
        return result(documents, response.items());
    }

    private BulkOperation operation(BulkDocument document) {
        RawValue source = new RawValue(new RawUtf8(document.json())); // written unparsed, exactly as given
        return create
                ? BulkOperation.of(o -> o.create(c -> c.index(document.index()).document(source)))
                : BulkOperation.of(o -> o.index(i -> i.index(document.index()).document(source)));
    }

    private BulkResponse send(BulkRequest request) throws ExportFailure {
        try {
            return client.bulk(request);
        } catch (OpenSearchException e) {
            throw failure(e.status(), reason(e.error()), e);
        } catch (IOException e) {
            ResponseException answered = answered(e);
            if (answered != null) {
                throw failure(answered.status(), ErrorBodies.reason(answered.getMessage()), e);
            }
            throw ExportFailure.retryable("failed to send the bulk request to " + connection.endpoint() + ": " + e, null, e);
        }
    }

    /** The transport wraps an answer it could not use (401, 503...) in IOExceptions; null when none came. */
    private static ResponseException answered(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ResponseException response) {
                return response;
            }
        }
        return null;
    }

    private ExportFailure failure(int status, String reason, Exception cause) {
        String message = "bulk request to " + connection.endpoint() + " failed with HTTP " + status + ": " + reason;
        return RETRYABLE.contains(status) ? ExportFailure.retryable(message, null, cause)
                : ExportFailure.permanent(message, cause);
    }

    /** The items answer in request order (the Bulk API's contract). */
    private static BulkResult result(List<BulkDocument> documents, List<BulkResponseItem> items) {
        long taken = 0;
        long rejected = 0;
        String rejectReason = "";
        String retryReason = "";
        List<BulkDocument> retryable = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            if (item.error() == null) {
                taken++;
            } else if (RETRYABLE.contains(item.status())) {
                retryable.add(documents.get(i));
                retryReason = retryReason.isEmpty() ? reason(item.error()) : retryReason;
            } else {
                rejected++;
                rejectReason = rejectReason.isEmpty() ? reason(item.error()) : rejectReason;
            }
        }
        return new BulkResult(taken, List.copyOf(retryable), retryReason, rejected, rejectReason);
    }

    /** opensearchexporter's responseAsError: "type: reason". */
    static String reason(ErrorCause error) {
        if (error == null || error.type() == null || error.type().isEmpty()) {
            return "unknown error";
        }
        return error.type() + ": " + error.reason();
    }
}
