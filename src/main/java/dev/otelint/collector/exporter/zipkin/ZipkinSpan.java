package dev.otelint.collector.exporter.zipkin;

import java.util.List;
import java.util.SortedMap;

/**
 * One Zipkin v2 span, already in the wire's units: hex ids, microseconds. Null fields (and a duration of 0) are
 * left out of the JSON, as zipkin-go's omitempty does.
 */
record ZipkinSpan(String traceId, String id, String parentId, String kind, String name, Long timestampMicros,
                  long durationMicros, Endpoint localEndpoint, Endpoint remoteEndpoint, List<Annotation> annotations,
                  SortedMap<String, String> tags) {

    /** A node of the service graph; {@code ip} is in Go's text form, {@code port} 0 when unknown. */
    record Endpoint(String serviceName, IpAddress ip, int port) {}

    /** A span event: when (microseconds) and what. */
    record Annotation(long timestampMicros, String value) {}
}
