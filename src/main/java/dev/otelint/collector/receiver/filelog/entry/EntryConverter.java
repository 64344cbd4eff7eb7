package dev.otelint.collector.receiver.filelog.entry;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.ArrayValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.common.v1.KeyValueList;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import io.opentelemetry.proto.resource.v1.Resource;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns entries into an OTLP logs request as stanza's adapter does: entries with equal resources share one
 * ResourceLogs (in first-seen order), with one empty scope; body, attributes, timestamps and severity map
 * field by field. A timestamp the operators did not set stays 0.
 */
public final class EntryConverter {
    private EntryConverter() {}

    public static ExportLogsServiceRequest convert(List<Entry> entries) {
        Map<Map<String, Object>, ScopeLogs.Builder> byResource = new LinkedHashMap<>();
        for (Entry e : entries) {
            byResource.computeIfAbsent(e.resource, r -> ScopeLogs.newBuilder()).addLogRecords(record(e));
        }
        ExportLogsServiceRequest.Builder request = ExportLogsServiceRequest.newBuilder();
        byResource.forEach((resource, scope) -> request.addResourceLogs(ResourceLogs.newBuilder()
                .setResource(Resource.newBuilder().addAllAttributes(keyValues(resource)))
                .addScopeLogs(scope)));
        return request.build();
    }

    public static LogRecord record(Entry e) {
        LogRecord.Builder r = LogRecord.newBuilder()
                .addAllAttributes(keyValues(e.attributes))
                .setObservedTimeUnixNano(nanos(e.observed))
                .setSeverityNumberValue(e.severity)
                .setSeverityText(e.severityText);
        if (e.body != null) {
            r.setBody(anyValue(e.body));
        }
        if (e.timestamp != null) {
            r.setTimeUnixNano(nanos(e.timestamp));
        }
        return r.build();
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    private static List<KeyValue> keyValues(Map<String, Object> map) {
        return map.entrySet().stream()
                .map(kv -> KeyValue.newBuilder().setKey(kv.getKey()).setValue(anyValue(kv.getValue())).build())
                .toList();
    }

    @SuppressWarnings("unchecked")
    static AnyValue anyValue(Object value) {
        AnyValue.Builder v = AnyValue.newBuilder();
        if (value instanceof String s) {
            v.setStringValue(s);
        } else if (value instanceof Long || value instanceof Integer) {
            v.setIntValue(((Number) value).longValue());
        } else if (value instanceof Double d) {
            v.setDoubleValue(d);
        } else if (value instanceof Boolean b) {
            v.setBoolValue(b);
        } else if (value instanceof byte[] bytes) {
            v.setBytesValue(ByteString.copyFrom(bytes));
        } else if (value instanceof Map<?, ?> m) {
            v.setKvlistValue(KeyValueList.newBuilder().addAllValues(keyValues((Map<String, Object>) m)));
        } else if (value instanceof List<?> l) {
            ArrayValue.Builder array = ArrayValue.newBuilder();
            l.forEach(item -> array.addValues(anyValue(item)));
            v.setArrayValue(array);
        } else if (value != null) {
            v.setStringValue(String.valueOf(value));
        }
        return v.build();
    }
}
