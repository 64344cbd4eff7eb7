package dev.otelint.records;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.util.List;
import java.util.Set;

/** A Simple Schema span document back to an OTLP span: the inverse of {@link SpanDocuments}. */
final class SpanDocumentDecoder {
    // pdata's ptrace.SpanKind.String() and StatusCode.String() names, by enum number, and the proto's.
    private static final EnumNames KINDS = new EnumNames("SPAN_KIND_",
            List.of("Unspecified", "Internal", "Server", "Client", "Producer", "Consumer"));
    private static final EnumNames STATUS_CODES = new EnumNames("STATUS_CODE_", List.of("Unset", "Ok", "Error"));
    private static final long UINT32_MAX = 0xFFFF_FFFFL;
    private static final Set<String> OWNED = DecodedScope.ownedWith(
            "traceId", "spanId", "parentSpanId", "traceState", "name", "kind", "startTime", "endTime",
            "@timestamp", "status", "droppedAttributesCount", "droppedEventsCount", "droppedLinksCount",
            "events", "links");

    private SpanDocumentDecoder() {}

    static ExportTraceServiceRequest decode(JsonValue document) throws UnencodableRecordException {
        DocumentFields doc = DocumentFields.root(document);
        DecodedScope scope = DecodedScope.decode(doc);
        DocumentFields status = doc.object("status");
        Span.Builder span = Span.newBuilder()
                .setTraceId(IdDecoder.traceId(doc, "traceId"))
                .setSpanId(IdDecoder.spanId(doc, "spanId"))
                .setParentSpanId(IdDecoder.spanId(doc, "parentSpanId"))
                .setTraceState(doc.string("traceState"))
                .setName(doc.string("name"))
                .setKindValue(KINDS.number(doc, "kind"))
                .setStartTimeUnixNano(startTime(doc))
                .setEndTimeUnixNano(TimeDecoder.unixNanos(doc, "endTime"))
                .setStatus(Status.newBuilder().setCodeValue(STATUS_CODES.number(status, "code"))
                        .setMessage(status.string("message")))
                .setDroppedAttributesCount((int) doc.integer("droppedAttributesCount", 0, UINT32_MAX))
                .setDroppedEventsCount((int) doc.integer("droppedEventsCount", 0, UINT32_MAX))
                .setDroppedLinksCount((int) doc.integer("droppedLinksCount", 0, UINT32_MAX))
                .addAllAttributes(RecordAttributesDecoder.decode(doc, OWNED));
        for (DocumentFields event : doc.objects("events")) {
            span.addEvents(event(event));
        }
        for (DocumentFields link : doc.objects("links")) {
            span.addLinks(link(link));
        }
        return ExportTraceServiceRequest.newBuilder().addResourceSpans(ResourceSpans.newBuilder()
                .setResource(scope.resource())
                .addScopeSpans(ScopeSpans.newBuilder().setScope(scope.scope()).setSchemaUrl(scope.schemaUrl())
                        .addSpans(span)))
                .build();
    }

    /**
     * startTime; the exporter never sets a span's @timestamp (it writes Go's zero time), so a document
     * that has only @timestamp gives it as the start time.
     */
    private static long startTime(DocumentFields doc) throws UnencodableRecordException {
        long start = TimeDecoder.unixNanos(doc, "startTime");
        return doc.has("startTime") ? start : TimeDecoder.unixNanos(doc, "@timestamp");
    }

    private static Span.Event event(DocumentFields event) throws UnencodableRecordException {
        // An event whose time was unset gets the export time as observedTimestamp instead of @timestamp.
        return Span.Event.newBuilder()
                .setTimeUnixNano(TimeDecoder.unixNanos(event, "@timestamp"))
                .setName(event.string("name"))
                .addAllAttributes(AnyValueDecoder.keyValues(event.object("attributes").json()))
                .setDroppedAttributesCount((int) event.integer("droppedAttributesCount", 0, UINT32_MAX))
                .build();
    }

    private static Span.Link link(DocumentFields link) throws UnencodableRecordException {
        return Span.Link.newBuilder()
                .setTraceId(IdDecoder.traceId(link, "traceId"))
                .setSpanId(IdDecoder.spanId(link, "spanId"))
                .setTraceState(link.string("traceState"))
                .addAllAttributes(AnyValueDecoder.keyValues(link.object("attributes").json()))
                .setDroppedAttributesCount((int) link.integer("droppedAttributesCount", 0, UINT32_MAX))
                .build();
    }
}
