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

    /**
     * A node of the service graph; {@code ip} (or null) goes in the ipv6 field when {@code ipv6} (its text had a
     * colon, as the translator decides), {@code port} 0 when unknown.
     */
    record Endpoint(String serviceName, IpAddress ip, boolean ipv6, int port) {}

    /** A span event: when (microseconds) and what. */
    record Annotation(long timestampMicros, String value) {}
}
