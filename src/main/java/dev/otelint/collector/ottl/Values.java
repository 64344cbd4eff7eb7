package dev.otelint.collector.ottl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.ArrayValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.common.v1.KeyValueList;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OTTL values as Java objects: String, Long (int64), Double, Boolean, ByteString (bytes), List (slice),
 * Map (pcommon.Map, in insertion order) and null; and their conversion to and from OTLP's AnyValue.
 */
public final class Values {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Values() {}

    public static Object fromAny(AnyValue v) {
        return switch (v.getValueCase()) {
            case STRING_VALUE -> v.getStringValue();
            case BOOL_VALUE -> v.getBoolValue();
            case INT_VALUE -> v.getIntValue();
            case DOUBLE_VALUE -> v.getDoubleValue();
            case BYTES_VALUE -> v.getBytesValue();
            case ARRAY_VALUE -> {
                List<Object> list = new ArrayList<>();
                v.getArrayValue().getValuesList().forEach(item -> list.add(fromAny(item)));
                yield list;
            }
            case KVLIST_VALUE -> fromKeyValues(v.getKvlistValue().getValuesList());
            case VALUE_NOT_SET -> null;
        };
    }

    public static Map<String, Object> fromKeyValues(List<KeyValue> kvs) {
        Map<String, Object> map = new LinkedHashMap<>();
        kvs.forEach(kv -> map.put(kv.getKey(), fromAny(kv.getValue())));
        return map;
    }

    public static AnyValue toAny(Object v) {
        AnyValue.Builder b = AnyValue.newBuilder();
        if (v instanceof String s) {
            b.setStringValue(s);
        } else if (v instanceof Boolean bool) {
            b.setBoolValue(bool);
        } else if (v instanceof Long l) {
            b.setIntValue(l);
        } else if (v instanceof Double d) {
            b.setDoubleValue(d);
        } else if (v instanceof ByteString bytes) {
            b.setBytesValue(bytes);
        } else if (v instanceof List<?> list) {
            ArrayValue.Builder array = ArrayValue.newBuilder();
            list.forEach(item -> array.addValues(toAny(item)));
            b.setArrayValue(array);
        } else if (v instanceof Map<?, ?> map) {
            b.setKvlistValue(KeyValueList.newBuilder().addAllValues(toKeyValues(asMap(map))));
        }
        return b.build();
    }

    public static List<KeyValue> toKeyValues(Map<String, Object> map) {
        List<KeyValue> kvs = new ArrayList<>(map.size());
        map.forEach((k, v) -> kvs.add(KeyValue.newBuilder().setKey(k).setValue(toAny(v)).build()));
        return kvs;
    }

    /** A deep copy, so that setting a map or list never shares it between two places. */
    static Object copy(Object v) {
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, item) -> copy.put((String) k, copy(item)));
            return copy;
        }
        if (v instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(copy(item)));
            return copy;
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object v) {
        return (Map<String, Object>) v;
    }

    /** OTTL's StringLikeGetter: bytes as hex, maps and slices as JSON, numbers and bools as JSON; nil stays null. */
    static String stringLike(Object v) {
        if (v == null || v instanceof String) {
            return (String) v;
        }
        if (v instanceof ByteString bytes) {
            return HexFormat.of().formatHex(bytes.toByteArray());
        }
        if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e21) {
            return Long.toString(d.longValue()); // Go's JSON writes 2.0 as 2
        }
        try {
            return JSON.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new OttlRuntimeException("unsupported type: " + typeName(v));
        }
    }

    /** The Go type a value has in OTTL, for messages. */
    static String typeName(Object v) {
        if (v == null) {
            return "nil";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Long) {
            return "int64";
        }
        if (v instanceof Double) {
            return "float64";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof ByteString) {
            return "[]byte";
        }
        return v instanceof Map ? "pcommon.Map" : "pcommon.Slice";
    }
}
