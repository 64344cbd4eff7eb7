package dev.otelint.assets.query;

/**
 * An index name or pattern a PPL query reads ({@code source=otel-logs-*}), with its 0-based offset and
 * length in the query text; for a backticked name the span includes the backticks, {@code name} does not.
 */
public record PplSource(String name, int offset, int length) {}
