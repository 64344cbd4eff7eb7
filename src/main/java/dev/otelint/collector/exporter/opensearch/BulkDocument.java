package dev.otelint.collector.exporter.opensearch;

/** One document for the Bulk API: the index it goes to and its JSON source, sent as it is. */
public record BulkDocument(String index, String json) {}
