package dev.otelint.collector.exporter.opensearch;

import com.google.protobuf.Message;
import dev.otelint.records.FlattenAttributesEncoder;
import dev.otelint.records.JsonValue;
import dev.otelint.records.OtlpScope;
import dev.otelint.records.SimpleSchemaEncoder;
import dev.otelint.records.UnencodableRecordException;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An OTLP export request as the exporter's bulk documents: one per log record, span or metric data point, encoded by
 * {@link SimpleSchemaEncoder} (ss4o) and routed by the index settings. With mapping.mode flatten_attributes, log
 * records are encoded by {@link FlattenAttributesEncoder} instead; spans stay ss4o, as the exporter's trace encoder
 * does not look at the mode. A record the encoder cannot write (NaN in an
 * attribute, an id of the wrong size) is dropped for good, as the exporter drops a record json.Marshal refuses.
 */
final class OtlpBulkDocuments {
    private final SimpleSchemaEncoder encoder;
    private final LogEncoder logEncoder;
    private final IndexPattern logsIndex;
    private final IndexPattern tracesIndex;
    private final String metricsIndex;
    private final Clock clock;

    OtlpBulkDocuments(OpenSearchExporterConfig config, Clock clock) {
        this.encoder = new SimpleSchemaEncoder(config.dataset, config.namespace, clock);
        if (config.mapping.flattenAttributes()) {
            FlattenAttributesEncoder flattened = new FlattenAttributesEncoder();
            this.logEncoder = flattened::encodeLog;
        } else {
            this.logEncoder = (scope, log) -> encoder.encodeLog(scope, log, null);
        }
        String suffix = "-" + config.dataset + "-" + config.namespace;
        this.logsIndex = new IndexPattern(config.logsIndex, config.logsIndexFallback, config.logsIndexTimeFormat,
                "ss4o_logs" + suffix);
        this.tracesIndex = new IndexPattern(config.tracesIndex, config.tracesIndexFallback,
                config.tracesIndexTimeFormat, "ss4o_traces" + suffix);
        this.metricsIndex = "ss4o_metrics" + suffix;
        this.clock = clock;
    }

    /** The documents of a request, and the records that could not be encoded. */
    record Encoded(List<BulkDocument> documents, long unencodable, String unencodableReason) {}

    Encoded encode(Message request) {
        Collector out = new Collector(ZonedDateTime.now(clock));
        if (request instanceof ExportLogsServiceRequest logs) {
            logs.getResourceLogsList().forEach(r -> logs(r, out));
        } else if (request instanceof ExportTraceServiceRequest traces) {
            traces.getResourceSpansList().forEach(r -> spans(r, out));
        } else if (request instanceof ExportMetricsServiceRequest metrics) {
            metrics.getResourceMetricsList().forEach(r -> metrics(r, out));
        }
        return new Encoded(out.documents, out.unencodable, out.reason);
    }

    private void logs(ResourceLogs resource, Collector out) {
        for (ScopeLogs scopeLogs : resource.getScopeLogsList()) {
            OtlpScope scope = OtlpScope.of(resource.getResource(), scopeLogs.getScope(), scopeLogs.getSchemaUrl());
            for (LogRecord log : scopeLogs.getLogRecordsList()) {
                String index = logsIndex.resolve(log.getAttributesList(), scope.scope(), scope.resource(), out.now);
                out.add(index, () -> logEncoder.encode(scope, log).toJson());
            }
        }
    }

    private void spans(ResourceSpans resource, Collector out) {
        for (ScopeSpans scopeSpans : resource.getScopeSpansList()) {
            OtlpScope scope = OtlpScope.of(resource.getResource(), scopeSpans.getScope(), scopeSpans.getSchemaUrl());
            for (Span span : scopeSpans.getSpansList()) {
                String index = tracesIndex.resolve(span.getAttributesList(), scope.scope(), scope.resource(), out.now);
                out.add(index, () -> encoder.encodeSpan(scope, span, null).toJson());
            }
        }
    }

    private void metrics(ResourceMetrics resource, Collector out) {
        for (ScopeMetrics scopeMetrics : resource.getScopeMetricsList()) {
            OtlpScope scope = OtlpScope.of(resource.getResource(), scopeMetrics.getScope(), scopeMetrics.getSchemaUrl());
            for (Metric metric : scopeMetrics.getMetricsList()) {
                for (int i = 0; i < SimpleSchemaEncoder.dataPointCount(metric); i++) {
                    int point = i;
                    out.add(metricsIndex, () -> encoder.encodeDataPoint(scope, metric, null, point).toJson());
                }
            }
        }
    }

    private interface LogEncoder {
        JsonValue encode(OtlpScope scope, LogRecord log) throws UnencodableRecordException;
    }

    private interface Encoding {
        String json() throws UnencodableRecordException;
    }

    private static final class Collector {
        final ZonedDateTime now;
        final List<BulkDocument> documents = new ArrayList<>();
        long unencodable;
        String reason = "";

        Collector(ZonedDateTime now) {
            this.now = now;
        }

        void add(String index, Encoding encoding) {
            try {
                documents.add(new BulkDocument(index, encoding.json()));
            } catch (UnencodableRecordException e) {
                unencodable++;
                reason = reason.isEmpty() ? "cannot encode the record: " + e.getMessage() : reason;
            }
        }
    }
}
