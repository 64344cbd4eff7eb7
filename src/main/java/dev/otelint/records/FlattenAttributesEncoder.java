package dev.otelint.records;

import static dev.otelint.records.DocumentParts.SPAN_ID_BYTES;
import static dev.otelint.records.DocumentParts.TRACE_ID_BYTES;

import io.opentelemetry.proto.logs.v1.LogRecord;

/**
 * Log records as the OpenSearch exporter writes them with {@code mapping.mode: flatten_attributes}
 * (opensearchexporter encodeLogDataModel): the Log Data Model's field names at the top level, with the
 * resource's and the record's attributes flattened into top-level dotted keys. The scope is not written.
 * Spans and metrics have no such form (the exporter writes spans as ss4o in this mode). See
 * docs/otlp-encoding.md.
 */
public final class FlattenAttributesEncoder {
    public JsonValue encodeLog(OtlpScope scope, LogRecord log) throws UnencodableRecordException {
        FlatDocument doc = new FlatDocument();
        doc.addAttributes("", scope.resource().getAttributesList());
        doc.addTimestamp("@timestamp", log.getTimeUnixNano());
        doc.addString("TraceId", DocumentParts.id(log.getTraceId(), TRACE_ID_BYTES, "traceId", Origin.NONE, null));
        doc.addString("SpanId", DocumentParts.id(log.getSpanId(), SPAN_ID_BYTES, "spanId", Origin.NONE, null));
        doc.addInt("TraceFlags", Integer.toUnsignedLong(log.getFlags()));
        doc.addString("SeverityText", log.getSeverityText());
        doc.addInt("SeverityNumber", log.getSeverityNumberValue());
        doc.addString("EventName", log.getEventName());
        doc.addValue("Body", log.getBody());
        doc.addAttributes("", log.getAttributesList());
        return doc.build();
    }
}
