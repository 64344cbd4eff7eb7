package dev.otelint.records;

import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.trace.v1.Span;
import java.time.Clock;

/**
 * Turns OTLP records into the documents the OpenTelemetry Collector's OpenSearch exporter
 * (contrib opensearchexporter, mapping mode ss4o) indexes: one per log record, span or metric data
 * point. docs/otlp-encoding.md lists every field and where it comes from.
 *
 * <p>Each method takes the proto message and, optionally, the OTLP/JSON object it was decoded from
 * (null for protobuf): values of the document are then positioned at their source text.
 */
public final class SimpleSchemaEncoder {
    /** The exporter's defaults for attributes.data_stream (config `dataset`, `namespace`). */
    public static final String DEFAULT_DATASET = "default";
    public static final String DEFAULT_NAMESPACE = "namespace";

    private final LogDocuments logs;
    private final SpanDocuments spans;
    private final MetricDocuments metrics;

    public SimpleSchemaEncoder() {
        this(DEFAULT_DATASET, DEFAULT_NAMESPACE, Clock.systemUTC());
    }

    /** @param clock the export time, which the exporter writes as observedTimestamp */
    public SimpleSchemaEncoder(String dataset, String namespace, Clock clock) {
        DocumentParts parts = new DocumentParts(dataset, namespace, clock);
        this.logs = new LogDocuments(parts);
        this.spans = new SpanDocuments(parts);
        this.metrics = new MetricDocuments(parts);
    }

    public JsonValue encodeLog(OtlpScope scope, LogRecord log, JsonValue source) throws UnencodableRecordException {
        return logs.encode(scope, log, source);
    }

    public JsonValue encodeSpan(OtlpScope scope, Span span, JsonValue source) throws UnencodableRecordException {
        return spans.encode(scope, span, source);
    }

    /** How many documents a metric makes: one per data point. */
    public static int dataPointCount(Metric metric) {
        return MetricDocuments.dataPointCount(metric);
    }

    /** The document of the {@code index}-th data point (0-based, below {@link #dataPointCount}). */
    public JsonValue encodeDataPoint(OtlpScope scope, Metric metric, JsonValue metricSource, int index)
            throws UnencodableRecordException {
        return metrics.encode(scope, metric, metricSource, index);
    }
}
