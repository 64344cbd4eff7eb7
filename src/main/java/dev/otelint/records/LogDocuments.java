package dev.otelint.records;

import static dev.otelint.records.DocumentParts.SPAN_ID_BYTES;
import static dev.otelint.records.DocumentParts.TRACE_ID_BYTES;

import io.opentelemetry.proto.logs.v1.LogRecord;

/** Log records as the exporter's ss4o mode writes them (encodeLogSSO). See docs/otlp-encoding.md. */
final class LogDocuments {
    private final DocumentParts parts;

    LogDocuments(DocumentParts parts) {
        this.parts = parts;
    }

    JsonValue encode(OtlpScope ctx, LogRecord log, JsonValue source) throws UnencodableRecordException {
        Origin origin = Origin.of(source);
        ObjectBuilder doc = new ObjectBuilder(origin, source);
        doc.put("attributes", parts.attributes(log.getAttributesList(), source, origin, "record", true), "attributes");
        JsonValue body = OtlpSource.value(source, "body");
        doc.put("body", AnyValues.stringValue(log.getBody(), body, origin), "body");
        doc.stringIfNotEmpty("eventName", log.getEventName(), "eventName");
        parts.compactScope(doc, ctx, true);
        // The exporter stamps the export time here, not the record's observed time.
        doc.string("observedTimestamp", parts.now(), "observedTimeUnixNano");
        parts.resource(doc, ctx);
        parts.schemaUrl(doc, ctx);
        doc.put("severity", severity(log, source, origin), "severityNumber");
        doc.stringIfNotEmpty("spanId", DocumentParts.id(log.getSpanId(), SPAN_ID_BYTES, "spanId", origin, source),
                "spanId");
        doc.time("@timestamp", log.getTimeUnixNano(), "timeUnixNano");
        doc.stringIfNotEmpty("traceId", DocumentParts.id(log.getTraceId(), TRACE_ID_BYTES, "traceId", origin, source),
                "traceId");
        return doc.build();
    }

    /** {text, number}, each left out when empty/zero (`json:",omitempty"`); the object itself stays. */
    private static JsonValue severity(LogRecord log, JsonValue source, Origin origin) {
        ObjectBuilder severity = new ObjectBuilder(origin, null).lookingIn(source);
        severity.stringIfNotEmpty("text", log.getSeverityText(), "severityText");
        if (log.getSeverityNumberValue() != 0) {
            severity.number("number", Integer.toString(log.getSeverityNumberValue()), "severityNumber");
        }
        return severity.build();
    }
}
