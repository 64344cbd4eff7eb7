package dev.otelint.collector.exporter.kafka;

import com.google.protobuf.ByteString;
import com.google.protobuf.Message;
import dev.otelint.collector.component.SignalType;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts an export request into the messages contrib's kafkaexporter sends: the whole request as one message
 * without a key, or with a partition_* setting one message per trace (key: the trace id in lowercase hex, empty
 * for an all-zero id; spans of one trace in different scopes go in different messages, as batchpersignal) or
 * per resource (key: {@link ResourceHash} of its attributes).
 */
final class KafkaPartitioning {
    private final KafkaExporterConfig config;

    KafkaPartitioning(KafkaExporterConfig config) {
        this.config = config;
    }

    /** A message's key (null: none) and the request it carries. */
    record Part<T extends Message>(byte[] key, T request) {}

    @SuppressWarnings("unchecked")
    <T extends Message> List<Part<T>> split(T request, SignalType<T> signal) {
        List<? extends Part<?>> parts = switch (signal.signal()) {
            case TRACES -> config.partitionTracesById ? byTrace((ExportTraceServiceRequest) request) : null;
            case METRICS -> config.partitionMetricsByResourceAttributes
                    ? byResource((ExportMetricsServiceRequest) request) : null;
            case LOGS -> config.partitionLogsByResourceAttributes ? byResource((ExportLogsServiceRequest) request)
                    : config.partitionLogsByTraceId ? byTrace((ExportLogsServiceRequest) request) : null;
        };
        return parts == null ? List.of(new Part<>(null, request)) : (List<Part<T>>) parts;
    }

    /** The topic for a part: topic_from_attribute's value on the first resource that has it, else the signal's. */
    String topic(Message part, SignalType<?> signal) {
        if (!config.topicFromAttribute.isEmpty()) {
            for (Resource resource : resources(part)) {
                for (var kv : resource.getAttributesList()) {
                    AnyValue v = kv.getValue();
                    if (kv.getKey().equals(config.topicFromAttribute) && v.hasStringValue()
                            && !v.getStringValue().isEmpty()) {
                        return v.getStringValue();
                    }
                }
            }
        }
        return config.topic(signal.signal());
    }

    private static List<Resource> resources(Message request) {
        if (request instanceof ExportTraceServiceRequest t) {
            return t.getResourceSpansList().stream().map(ResourceSpans::getResource).toList();
        }
        if (request instanceof ExportMetricsServiceRequest m) {
            return m.getResourceMetricsList().stream().map(ResourceMetrics::getResource).toList();
        }
        return ((ExportLogsServiceRequest) request).getResourceLogsList().stream().map(ResourceLogs::getResource).toList();
    }

    private static List<Part<ExportTraceServiceRequest>> byTrace(ExportTraceServiceRequest request) {
        List<Part<ExportTraceServiceRequest>> parts = new ArrayList<>();
        for (ResourceSpans rs : request.getResourceSpansList()) {
            for (ScopeSpans ss : rs.getScopeSpansList()) {
                Map<ByteString, ScopeSpans.Builder> traces = new LinkedHashMap<>();
                for (Span span : ss.getSpansList()) {
                    traces.computeIfAbsent(span.getTraceId(), id -> ss.toBuilder().clearSpans()).addSpans(span);
                }
                traces.forEach((id, spans) -> parts.add(new Part<>(traceKey(id), ExportTraceServiceRequest.newBuilder()
                        .addResourceSpans(rs.toBuilder().clearScopeSpans().addScopeSpans(spans)).build())));
            }
        }
        return parts;
    }

    private static List<Part<ExportLogsServiceRequest>> byTrace(ExportLogsServiceRequest request) {
        List<Part<ExportLogsServiceRequest>> parts = new ArrayList<>();
        for (ResourceLogs rl : request.getResourceLogsList()) {
            for (ScopeLogs sl : rl.getScopeLogsList()) {
                Map<ByteString, ScopeLogs.Builder> traces = new LinkedHashMap<>();
                for (LogRecord log : sl.getLogRecordsList()) {
                    traces.computeIfAbsent(log.getTraceId(), id -> sl.toBuilder().clearLogRecords()).addLogRecords(log);
                }
                traces.forEach((id, logs) -> parts.add(new Part<>(traceKey(id), ExportLogsServiceRequest.newBuilder()
                        .addResourceLogs(rl.toBuilder().clearScopeLogs().addScopeLogs(logs)).build())));
            }
        }
        return parts;
    }

    private static List<Part<ExportMetricsServiceRequest>> byResource(ExportMetricsServiceRequest request) {
        return request.getResourceMetricsList().stream().map(rm -> new Part<>(
                ResourceHash.of(rm.getResource().getAttributesList()),
                ExportMetricsServiceRequest.newBuilder().addResourceMetrics(rm).build())).toList();
    }

    private static List<Part<ExportLogsServiceRequest>> byResource(ExportLogsServiceRequest request) {
        return request.getResourceLogsList().stream().map(rl -> new Part<>(
                ResourceHash.of(rl.getResource().getAttributesList()),
                ExportLogsServiceRequest.newBuilder().addResourceLogs(rl).build())).toList();
    }

    /** traceutil.TraceIDToHexOrEmptyString: lowercase hex, "" for the all-zero (or missing) id. */
    private static byte[] traceKey(ByteString traceId) {
        boolean empty = traceId.equals(ByteString.copyFrom(new byte[traceId.size()]));
        return empty ? new byte[0] : HexFormat.of().formatHex(traceId.toByteArray()).getBytes(StandardCharsets.US_ASCII);
    }
}
