package dev.otelint.records;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.ArrayValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.common.v1.KeyValueList;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON values of a document back to OTLP AnyValues, the inverse of pcommon {@code Value.AsRaw()}
 * as the exporter writes attributes: a JSON integer is an int (a double when it does not fit 64
 * bits), a decimal a double, true/false a bool, a string a string, an object a kvlist, an array an
 * array and null the empty value.
 */
final class AnyValueDecoder {
    private AnyValueDecoder() {}

    static AnyValue value(JsonValue json) {
        AnyValue.Builder value = AnyValue.newBuilder();
        switch (json.kind()) {
            case STRING -> value.setStringValue(json.text());
            case BOOLEAN -> value.setBoolValue(Boolean.parseBoolean(json.text()));
            case INTEGER -> integer(json.text(), value);
            case DECIMAL -> value.setDoubleValue(Double.parseDouble(json.text()));
            case OBJECT -> value.setKvlistValue(KeyValueList.newBuilder().addAllValues(keyValues(json)));
            case ARRAY -> {
                ArrayValue.Builder array = ArrayValue.newBuilder();
                for (JsonValue element : json.elements()) {
                    array.addValues(value(element));
                }
                value.setArrayValue(array);
            }
            case NULL -> { } // the empty value, which the exporter writes as null
        }
        return value.build();
    }

    /** The members of a JSON object as key-values, in order; a repeated key keeps its last value. */
    static List<KeyValue> keyValues(JsonValue object) {
        Map<String, AnyValue> byKey = new LinkedHashMap<>();
        for (JsonValue.Member member : object.members()) {
            byKey.put(member.name(), value(member.value()));
        }
        return byKey.entrySet().stream()
                .map(e -> KeyValue.newBuilder().setKey(e.getKey()).setValue(e.getValue()).build())
                .toList();
    }

    private static void integer(String literal, AnyValue.Builder value) {
        try {
            value.setIntValue(Long.parseLong(literal));
        } catch (NumberFormatException e) {
            // Beyond int64 OTLP has no integer; OpenSearch's dynamic mapping would not take it as long either.
            value.setDoubleValue(new BigDecimal(literal).doubleValue());
        }
    }
}
