package dev.otelint.gen;

import com.google.protobuf.ByteString;
import dev.otelint.collector.component.SignalType;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.util.List;

/**
 * Traces of an HTTP service: a unit is one trace, a SERVER span that follows the http.server semantic
 * conventions, with {@code childSpans} children sharing its trace id, alternately an HTTP CLIENT call to a
 * backend (http.client conventions) and an INTERNAL step. Every span gets the --telemetry-attributes.
 */
public final class TraceGenerator extends RecordGenerator<ExportTraceServiceRequest> {
    private static final long CHILD_NANOS = 123_000; // telemetrygen's default --span-duration is 123us
    private static final String ROUTE = "/api/items/{id}";
    // built once: the same immutable messages are shared by every span
    private static final KeyValue METHOD = attribute("http.request.method", "GET");
    private static final List<KeyValue> SERVER_ATTRIBUTES = List.of(attribute("url.scheme", "http"),
            attribute("http.route", ROUTE), attribute("http.response.status_code", 200),
            attribute("server.address", "shop.example.com"), attribute("server.port", 8080),
            attribute("network.protocol.version", "1.1"));
    private static final List<KeyValue> CLIENT_ATTRIBUTES = List.of(METHOD,
            attribute("url.full", "http://inventory.internal:9090/stock"), attribute("server.address", "inventory.internal"),
            attribute("server.port", 9090), attribute("http.response.status_code", 200),
            attribute("network.protocol.version", "1.1"));

    private final int childSpans;
    private ScopeSpans.Builder spans = ScopeSpans.newBuilder().setScope(SCOPE);

    public TraceGenerator(GenSettings settings, int childSpans, long seed) {
        super(settings, seed);
        if (childSpans < 0) {
            throw new IllegalArgumentException("--child-spans must not be negative");
        }
        this.childSpans = childSpans;
    }

    @Override
    public SignalType<ExportTraceServiceRequest> signal() {
        return SignalType.TRACES;
    }

    @Override
    public int addUnit(long nowNanos) {
        ByteString traceId = randomId(16);
        ByteString serverId = randomId(8);
        long start = nowNanos - CHILD_NANOS * (childSpans + 1);
        spans.addSpans(serverSpan(traceId, serverId, start, nowNanos, "/api/items/" + random.nextInt(1000)));
        for (int i = 0; i < childSpans; i++) {
            long childStart = start + CHILD_NANOS * i + 1_000;
            Span.Builder child = Span.newBuilder().setTraceId(traceId).setSpanId(randomId(8)).setParentSpanId(serverId)
                    .setStartTimeUnixNano(childStart).setEndTimeUnixNano(childStart + CHILD_NANOS - 2_000);
            (i % 2 == 0 ? clientCall(child) : child.setName("load item").setKind(Span.SpanKind.SPAN_KIND_INTERNAL))
                    .addAllAttributes(telemetryAttributes);
            spans.addSpans(child);
        }
        return childSpans + 1;
    }

    /** http.server: name "{method} {route}", the required and recommended attributes, an int status code. */
    private Span serverSpan(ByteString traceId, ByteString spanId, long start, long end, String path) {
        return Span.newBuilder().setTraceId(traceId).setSpanId(spanId).setName("GET " + ROUTE)
                .setKind(Span.SpanKind.SPAN_KIND_SERVER).setStartTimeUnixNano(start).setEndTimeUnixNano(end)
                .addAttributes(METHOD).addAttributes(attribute("url.path", path)).addAllAttributes(SERVER_ATTRIBUTES)
                .addAllAttributes(telemetryAttributes)
                .build();
    }

    /** http.client: name "{method}", url.full, server.address and server.port of the peer. */
    private static Span.Builder clientCall(Span.Builder span) {
        return span.setName("GET").setKind(Span.SpanKind.SPAN_KIND_CLIENT).addAllAttributes(CLIENT_ATTRIBUTES);
    }

    @Override
    public ExportTraceServiceRequest takeRequest() {
        ExportTraceServiceRequest request = ExportTraceServiceRequest.newBuilder()
                .addResourceSpans(ResourceSpans.newBuilder().setResource(resource).addScopeSpans(spans)).build();
        spans = ScopeSpans.newBuilder().setScope(SCOPE);
        return request;
    }
}
