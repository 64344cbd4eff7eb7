package dev.otelint.records;

import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import java.util.Set;

/** A Simple Schema log document back to an OTLP log record: the inverse of {@link LogDocuments}. */
final class LogDocumentDecoder {
    private static final Set<String> OWNED = DecodedScope.ownedWith(
            "@timestamp", "observedTimestamp", "severity", "eventName", "body", "traceId", "spanId");

    private LogDocumentDecoder() {}

    static ExportLogsServiceRequest decode(JsonValue document) throws UnencodableRecordException {
        DocumentFields doc = DocumentFields.root(document);
        DecodedScope scope = DecodedScope.decode(doc);
        DocumentFields severity = doc.object("severity");
        LogRecord log = LogRecord.newBuilder()
                .setTimeUnixNano(TimeDecoder.unixNanos(doc, "@timestamp"))
                .setObservedTimeUnixNano(TimeDecoder.unixNanos(doc, "observedTimestamp"))
                .setSeverityText(severity.string("text"))
                .setSeverityNumberValue((int) severity.integer("number", 0, Integer.MAX_VALUE))
                .setEventName(doc.string("eventName"))
                .setBody(body(doc))
                .setTraceId(IdDecoder.traceId(doc, "traceId"))
                .setSpanId(IdDecoder.spanId(doc, "spanId"))
                .addAllAttributes(RecordAttributesDecoder.decode(doc, OWNED))
                .build();
        return ExportLogsServiceRequest.newBuilder().addResourceLogs(ResourceLogs.newBuilder()
                .setResource(scope.resource())
                .addScopeLogs(ScopeLogs.newBuilder().setScope(scope.scope()).setSchemaUrl(scope.schemaUrl())
                        .addLogRecords(log)))
                .build();
    }

    /** The exporter writes the body as text; hand-written samples may hold an object or array there. */
    private static AnyValue body(DocumentFields doc) {
        JsonValue body = doc.value("body");
        return body == null ? AnyValue.getDefaultInstance() : AnyValueDecoder.value(body);
    }
}
