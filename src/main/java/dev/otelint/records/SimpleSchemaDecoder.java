package dev.otelint.records;

import com.google.protobuf.Message;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;

/**
 * Turns Simple Schema documents (integration sample data, and the documents {@link SimpleSchemaEncoder}
 * writes) back into OTLP export requests, each holding one resource, one scope and one record, so
 * that they can be sent through the collector runtime. The inverse of the encoder: every field it
 * writes maps back to its OTLP field; top-level fields the schema does not own become record
 * attributes with dotted keys. docs/otlp-encoding.md ("Decoding Simple Schema documents back to
 * OTLP") lists the rules.
 */
public final class SimpleSchemaDecoder {

    public SimpleSchemaDecoder() {
        // stateless; an instance keeps the API open to options such as a default signal
    }

    public ExportLogsServiceRequest decodeLog(JsonValue document) throws UnencodableRecordException {
        return LogDocumentDecoder.decode(document);
    }

    public ExportTraceServiceRequest decodeSpan(JsonValue document) throws UnencodableRecordException {
        return SpanDocumentDecoder.decode(document);
    }

    public ExportMetricsServiceRequest decodeDataPoint(JsonValue document) throws UnencodableRecordException {
        return MetricDocumentDecoder.decode(document);
    }

    /**
     * Decodes a record by its signal. A document whose signal the reader could not tell (no
     * signal-specific field, no known data stream type) is sent as a log record: an event with
     * attributes is what any document can be.
     *
     * @throws IllegalArgumentException when the record has no document (it was read with a screen)
     */
    public Message decode(Record record) throws UnencodableRecordException {
        if (record.document() == null) {
            throw new IllegalArgumentException(record.file() + " record " + record.index()
                    + " has no document: read records to decode without a DocumentScreen");
        }
        Signal signal = record.signal() == null ? Signal.LOGS : record.signal();
        return switch (signal) {
            case LOGS -> decodeLog(record.document());
            case TRACES -> decodeSpan(record.document());
            case METRICS -> decodeDataPoint(record.document());
        };
    }
}
