package dev.otelint.collector.receiver.otlp;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.ArrayValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.common.v1.KeyValueList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Short builders of OTLP AnyValues, so expected attributes compare by value and by type. */
final class AnyValues {
    private AnyValues() {}

    static AnyValue str(String value) {
        return AnyValue.newBuilder().setStringValue(value).build();
    }

    static AnyValue integer(long value) {
        return AnyValue.newBuilder().setIntValue(value).build();
    }

    static AnyValue dbl(double value) {
        return AnyValue.newBuilder().setDoubleValue(value).build();
    }

    static AnyValue bool(boolean value) {
        return AnyValue.newBuilder().setBoolValue(value).build();
    }

    static AnyValue array(AnyValue... values) {
        return AnyValue.newBuilder().setArrayValue(ArrayValue.newBuilder().addAllValues(List.of(values))).build();
    }

    /** A kvlist value from alternating keys and AnyValues. */
    static AnyValue map(Object... keysAndValues) {
        KeyValueList.Builder list = KeyValueList.newBuilder();
        entries(keysAndValues).forEach((k, v) -> list.addValues(KeyValue.newBuilder().setKey(k).setValue(v)));
        return AnyValue.newBuilder().setKvlistValue(list).build();
    }

    /** An ordered map from alternating keys and AnyValues. */
    static Map<String, AnyValue> entries(Object... keysAndValues) {
        Map<String, AnyValue> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (AnyValue) keysAndValues[i + 1]);
        }
        return map;
    }

    /** Attributes as a map; a repeated key would be a defect, so it fails. */
    static Map<String, AnyValue> of(List<KeyValue> attributes) {
        Map<String, AnyValue> map = new LinkedHashMap<>();
        for (KeyValue kv : attributes) {
            if (map.put(kv.getKey(), kv.getValue()) != null) {
                throw new AssertionError("attribute " + kv.getKey() + " appears twice");
            }
        }
        return map;
    }
}
