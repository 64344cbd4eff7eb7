package dev.otelint.collector.exporter.debug;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.util.Locale;

/** Traces at verbosity detailed: every field of every span, in the collector's layout. */
final class DetailedTraces {

    private DetailedTraces() {}

    static String text(ExportTraceServiceRequest request) {
        DebugText t = new DebugText();
        for (int i = 0; i < request.getResourceSpansCount(); i++) {
            ResourceSpans rs = request.getResourceSpans(i);
            t.line("ResourceSpans #" + i).line("Resource SchemaURL: " + rs.getSchemaUrl());
            t.attributes("Resource attributes", rs.getResource().getAttributesList());
            for (int j = 0; j < rs.getScopeSpansCount(); j++) {
                ScopeSpans ss = rs.getScopeSpans(j);
                t.line("ScopeSpans #" + j).line("ScopeSpans SchemaURL: " + ss.getSchemaUrl()).scope(ss.getScope());
                for (int k = 0; k < ss.getSpansCount(); k++) {
                    span(t.line("Span #" + k), ss.getSpans(k));
                }
            }
        }
        return t.toString();
    }

    private static void span(DebugText t, Span span) {
        t.field("Trace ID", DebugText.id(span.getTraceId()))
                .field("Parent ID", DebugText.id(span.getParentSpanId()))
                .field("ID", DebugText.id(span.getSpanId()))
                .field("Name", span.getName())
                .field("Kind", kind(span.getKindValue()));
        if (!span.getTraceState().isEmpty()) {
            t.field("TraceState", span.getTraceState());
        }
        t.field("Start time", DebugText.timestamp(span.getStartTimeUnixNano()))
                .field("End time", DebugText.timestamp(span.getEndTimeUnixNano()))
                .field("Status code", status(span.getStatus().getCodeValue()))
                .field("Status message", span.getStatus().getMessage())
                .attributes("Attributes", span.getAttributesList());
        if (span.getEventsCount() > 0) {
            t.line("Events:");
            for (int i = 0; i < span.getEventsCount(); i++) {
                Span.Event e = span.getEvents(i);
                t.line("SpanEvent #" + i).line("     -> Name: " + e.getName())
                        .line("     -> Timestamp: " + DebugText.timestamp(e.getTimeUnixNano()))
                        .line("     -> DroppedAttributesCount: " + e.getDroppedAttributesCount())
                        .attributes("     -> Attributes:", e.getAttributesList());
            }
        }
        if (span.getLinksCount() > 0) {
            t.line("Links:");
            for (int i = 0; i < span.getLinksCount(); i++) {
                Span.Link l = span.getLinks(i);
                t.line("SpanLink #" + i).line("     -> Trace ID: " + DebugText.id(l.getTraceId()))
                        .line("     -> ID: " + DebugText.id(l.getSpanId()))
                        .line("     -> TraceState: " + l.getTraceState())
                        .line("     -> DroppedAttributesCount: " + l.getDroppedAttributesCount())
                        .attributes("     -> Attributes:", l.getAttributesList());
            }
        }
    }

    /** ptrace.SpanKind String(). */
    static String kind(int value) {
        return switch (value) {
            case 0 -> "Unspecified";
            case 1 -> "Internal";
            case 2 -> "Server";
            case 3 -> "Client";
            case 4 -> "Producer";
            case 5 -> "Consumer";
            default -> String.format(Locale.ROOT, "%d", value);
        };
    }

    /** ptrace.StatusCode String(). */
    static String status(int value) {
        return switch (value) {
            case 0 -> "Unset";
            case 1 -> "Ok";
            case 2 -> "Error";
            default -> Integer.toString(value);
        };
    }
}
