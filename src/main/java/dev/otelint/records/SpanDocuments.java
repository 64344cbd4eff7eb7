package dev.otelint.records;

import static dev.otelint.records.DocumentParts.SPAN_ID_BYTES;
import static dev.otelint.records.DocumentParts.TRACE_ID_BYTES;
import static dev.otelint.records.DocumentParts.id;

import io.opentelemetry.proto.trace.v1.Span;
import java.util.ArrayList;
import java.util.List;

/** Spans as the exporter's ss4o mode writes them (encodeTrace). See docs/otlp-encoding.md. */
final class SpanDocuments {
    // pdata's ptrace.SpanKind.String() and StatusCode.String(), indexed by enum number; others are "".
    private static final String[] KINDS = {"Unspecified", "Internal", "Server", "Client", "Producer", "Consumer"};
    private static final String[] STATUS_CODES = {"Unset", "Ok", "Error"};

    private final DocumentParts parts;

    SpanDocuments(DocumentParts parts) {
        this.parts = parts;
    }

    JsonValue encode(OtlpScope ctx, Span span, JsonValue source) throws UnencodableRecordException {
        Origin origin = Origin.of(source);
        ObjectBuilder doc = new ObjectBuilder(origin, source);
        doc.put("attributes", parts.attributes(span.getAttributesList(), source, origin, "span", true), "attributes");
        doc.unsigned("droppedAttributesCount", span.getDroppedAttributesCount(), "droppedAttributesCount");
        doc.unsigned("droppedEventsCount", span.getDroppedEventsCount(), "droppedEventsCount");
        doc.unsigned("droppedLinksCount", span.getDroppedLinksCount(), "droppedLinksCount");
        doc.time("endTime", span.getEndTimeUnixNano(), "endTimeUnixNano");
        if (span.getEventsCount() > 0) {
            doc.put("events", events(span, source, origin), "events");
        }
        parts.fullScope(doc, ctx);
        doc.string("kind", name(KINDS, span.getKindValue()), "kind");
        if (span.getLinksCount() > 0) {
            doc.put("links", links(span, source, origin), "links");
        }
        doc.string("name", span.getName(), "name");
        doc.string("parentSpanId", id(span.getParentSpanId(), SPAN_ID_BYTES, "parentSpanId", origin, source),
                "parentSpanId");
        parts.resource(doc, ctx);
        doc.string("spanId", id(span.getSpanId(), SPAN_ID_BYTES, "spanId", origin, source), "spanId");
        doc.time("startTime", span.getStartTimeUnixNano(), "startTimeUnixNano");
        doc.put("status", status(span, source, origin), "status");
        // The exporter never sets the span's @timestamp, so Go writes the zero time.
        doc.string("@timestamp", GoFormat.ZERO_TIME, null);
        doc.string("traceId", id(span.getTraceId(), TRACE_ID_BYTES, "traceId", origin, source), "traceId");
        doc.string("traceState", span.getTraceState(), "traceState");
        return doc.build();
    }

    private JsonValue events(Span span, JsonValue source, Origin origin) throws UnencodableRecordException {
        List<JsonValue> sources = OtlpSource.objects(source, "events");
        List<JsonValue> events = new ArrayList<>(span.getEventsCount());
        for (int i = 0; i < span.getEventsCount(); i++) {
            Span.Event event = span.getEvents(i);
            JsonValue eventSource = OtlpSource.at(sources, i);
            ObjectBuilder e = new ObjectBuilder(origin, eventSource);
            // Event attributes are written even when empty ({}), unlike the span's.
            e.put("attributes", parts.attributes(event.getAttributesList(), eventSource, origin, null, true),
                    "attributes");
            e.unsigned("droppedAttributesCount", event.getDroppedAttributesCount(), "droppedAttributesCount");
            e.string("name", event.getName(), "name");
            // The exporter checks time.Unix() != 0: times within the first second count as unset.
            if (Math.floorDiv(event.getTimeUnixNano(), 1_000_000_000L) != 0) {
                e.time("@timestamp", event.getTimeUnixNano(), "timeUnixNano");
            } else {
                e.string("observedTimestamp", parts.now(), "timeUnixNano");
            }
            events.add(e.build());
        }
        return origin.array(events, OtlpSource.value(source, "events"));
    }

    private JsonValue links(Span span, JsonValue source, Origin origin) throws UnencodableRecordException {
        List<JsonValue> sources = OtlpSource.objects(source, "links");
        List<JsonValue> links = new ArrayList<>(span.getLinksCount());
        for (int i = 0; i < span.getLinksCount(); i++) {
            Span.Link link = span.getLinks(i);
            JsonValue linkSource = OtlpSource.at(sources, i);
            ObjectBuilder l = new ObjectBuilder(origin, linkSource);
            if (link.getAttributesCount() > 0) {
                l.put("attributes", parts.attributes(link.getAttributesList(), linkSource, origin, null, true),
                        "attributes");
            }
            l.stringIfNotEmpty("spanId", id(link.getSpanId(), SPAN_ID_BYTES, "spanId", origin, linkSource), "spanId");
            l.stringIfNotEmpty("traceId", id(link.getTraceId(), TRACE_ID_BYTES, "traceId", origin, linkSource),
                    "traceId");
            l.stringIfNotEmpty("traceState", link.getTraceState(), "traceState");
            if (link.getDroppedAttributesCount() != 0) {
                l.unsigned("droppedAttributesCount", link.getDroppedAttributesCount(), "droppedAttributesCount");
            }
            links.add(l.build());
        }
        return origin.array(links, OtlpSource.value(source, "links"));
    }

    private static JsonValue status(Span span, JsonValue source, Origin origin) {
        JsonValue statusSource = OtlpSource.value(source, "status");
        ObjectBuilder status = new ObjectBuilder(origin, statusSource);
        status.string("code", name(STATUS_CODES, span.getStatus().getCodeValue()), "code");
        status.string("message", span.getStatus().getMessage(), "message");
        return status.build();
    }

    private static String name(String[] names, int number) {
        return number >= 0 && number < names.length ? names[number] : "";
    }
}
