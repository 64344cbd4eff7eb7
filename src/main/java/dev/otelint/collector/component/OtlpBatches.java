package dev.otelint.collector.component;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import com.google.protobuf.Message;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.util.List;

/**
 * Counts, splits and joins OTLP export requests of any signal. The three signals share one shape by field
 * number: the request holds ResourceXxx (1), which holds ScopeXxx (2), which holds the items (2). Items are
 * spans and log records; for metrics the unit is the data point, as in the collector's batch processor, so a
 * metric can be split between two batches.
 */
final class OtlpBatches {
    private static final int RESOURCES = 1;
    private static final int SCOPES = 2;
    private static final int ITEMS = 2;
    private static final int DATA_POINTS = 1;
    private static final String METRIC_DATA_ONEOF = "data";

    private OtlpBatches() {}

    /** A request cut in two: the first {@code max} items, and the rest (null when nothing is left). */
    record Split<T>(T head, T tail) {}

    static int count(Message request) {
        if (request instanceof ExportTraceServiceRequest traces) {
            return spans(traces);
        }
        if (request instanceof ExportLogsServiceRequest logs) {
            return logRecords(logs);
        }
        int n = 0;
        for (Message resource : repeated(request, RESOURCES)) {
            for (Message scope : repeated(resource, SCOPES)) {
                for (Message item : repeated(scope, ITEMS)) {
                    n += itemSize(item);
                }
            }
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    static <T extends Message> T append(T first, T second) {
        FieldDescriptor resources = field(first, RESOURCES);
        Message.Builder b = first.toBuilder();
        for (Object resource : (List<?>) second.getField(resources)) {
            b.addRepeatedField(resources, resource);
        }
        T joined = (T) b.build();
        WireEncodings.rememberJoined(joined, first, second);
        return joined;
    }

    @SuppressWarnings("unchecked")
    static <T extends Message> Split<T> split(T request, int max) {
        if (count(request) <= max) {
            return new Split<>(request, null);
        }
        Message.Builder head = request.newBuilderForType();
        Message.Builder tail = request.newBuilderForType();
        int room = max;
        for (Message resource : repeated(request, RESOURCES)) {
            Message.Builder headResource = emptied(resource, SCOPES);
            Message.Builder tailResource = emptied(resource, SCOPES);
            for (Message scope : repeated(resource, SCOPES)) {
                Message.Builder headScope = emptied(scope, ITEMS);
                Message.Builder tailScope = emptied(scope, ITEMS);
                for (Message item : repeated(scope, ITEMS)) {
                    int size = itemSize(item);
                    if (size <= room) {
                        add(headScope, ITEMS, item);
                        room -= size;
                    } else if (room > 0) {
                        add(headScope, ITEMS, dataPoints(item, 0, room));
                        add(tailScope, ITEMS, dataPoints(item, room, size));
                        room = 0;
                    } else {
                        add(tailScope, ITEMS, item);
                    }
                }
                addIfAny(headResource, SCOPES, headScope, ITEMS);
                addIfAny(tailResource, SCOPES, tailScope, ITEMS);
            }
            addIfAny(head, RESOURCES, headResource, SCOPES);
            addIfAny(tail, RESOURCES, tailResource, SCOPES);
        }
        return new Split<>((T) head.build(), (T) tail.build());
    }

    // Generated getters: counting runs for every request on the hot path, reflection costs several times more.
    private static int spans(ExportTraceServiceRequest request) {
        int n = 0;
        for (ResourceSpans resource : request.getResourceSpansList()) {
            for (ScopeSpans scope : resource.getScopeSpansList()) {
                n += scope.getSpansCount();
            }
        }
        return n;
    }

    private static int logRecords(ExportLogsServiceRequest request) {
        int n = 0;
        for (ResourceLogs resource : request.getResourceLogsList()) {
            for (ScopeLogs scope : resource.getScopeLogsList()) {
                n += scope.getLogRecordsCount();
            }
        }
        return n;
    }

    private static int dataPoints(Metric metric) {
        return switch (metric.getDataCase()) {
            case GAUGE -> metric.getGauge().getDataPointsCount();
            case SUM -> metric.getSum().getDataPointsCount();
            case HISTOGRAM -> metric.getHistogram().getDataPointsCount();
            case EXPONENTIAL_HISTOGRAM -> metric.getExponentialHistogram().getDataPointsCount();
            case SUMMARY -> metric.getSummary().getDataPointsCount();
            case DATA_NOT_SET -> 0;
        };
    }

    /** 1 for a span or a log record; a metric's number of data points. */
    private static int itemSize(Message item) {
        if (item instanceof Metric metric) {
            return dataPoints(metric);
        }
        if (item instanceof Span || item instanceof LogRecord) {
            return 1;
        }
        OneofDescriptor data = item.getDescriptorForType().getRealOneofs().stream()
                .filter(o -> o.getName().equals(METRIC_DATA_ONEOF)).findFirst().orElse(null);
        if (data == null) {
            return 1;
        }
        FieldDescriptor set = item.getOneofFieldDescriptor(data);
        return set == null ? 0 : repeated((Message) item.getField(set), DATA_POINTS).size();
    }

    /** The metric with only its data points [from, to). */
    private static Message dataPoints(Message metric, int from, int to) {
        OneofDescriptor data = metric.getDescriptorForType().getRealOneofs().stream()
                .filter(o -> o.getName().equals(METRIC_DATA_ONEOF)).findFirst().orElseThrow();
        FieldDescriptor set = metric.getOneofFieldDescriptor(data);
        Message points = (Message) metric.getField(set);
        FieldDescriptor pointsField = field(points, DATA_POINTS);
        Message.Builder part = points.toBuilder().clearField(pointsField);
        for (Message p : repeated(points, DATA_POINTS).subList(from, to)) {
            part.addRepeatedField(pointsField, p);
        }
        return metric.toBuilder().setField(set, part.build()).build();
    }

    private static Message.Builder emptied(Message message, int childField) {
        return message.toBuilder().clearField(field(message, childField));
    }

    private static void add(Message.Builder parent, int fieldNumber, Message child) {
        parent.addRepeatedField(parent.getDescriptorForType().findFieldByNumber(fieldNumber), child);
    }

    private static void addIfAny(Message.Builder parent, int fieldNumber, Message.Builder child, int childField) {
        if (child.getRepeatedFieldCount(child.getDescriptorForType().findFieldByNumber(childField)) > 0) {
            add(parent, fieldNumber, child.build());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Message> repeated(Message message, int fieldNumber) {
        return (List<Message>) message.getField(field(message, fieldNumber));
    }

    private static FieldDescriptor field(Message message, int number) {
        return message.getDescriptorForType().findFieldByNumber(number);
    }
}
