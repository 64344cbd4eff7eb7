package dev.otelint.collector.exporter.opensearch;

import java.util.List;

/**
 * What OpenSearch made of one bulk request, item by item: how many it took, the documents to send again (items that
 * failed with 429 or 5xx, which the collector's exporter retries) and how many it refused for good, with the reason
 * of the first refused one ("mapper_parsing_exception: failed to parse field [x] of type [long] ...").
 */
public record BulkResult(long taken, List<BulkDocument> retryable, String retryReason, long rejected,
                         String rejectReason) {}
