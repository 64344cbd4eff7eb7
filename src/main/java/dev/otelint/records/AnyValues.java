package dev.otelint.records;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * OTLP AnyValues and attribute lists as the exporter writes them. Attribute maps follow
 * pcommon.Map.AsRaw() through Go's encoding/json: keys stay flat (a dotted key is one JSON key,
 * never nested objects), keys come out sorted, a repeated key keeps its last value, bytes become
 * base64 text and an empty value becomes null.
 */
public final class AnyValues {
    private AnyValues() {}

    /** An attribute list as a JSON object; {@code resolveConflicts} applies the exporter's key rewrite. */
    static TreeMap<String, JsonValue.Member> attributes(List<KeyValue> attributes, List<JsonValue> sources,
                                                         Origin origin, boolean resolveConflicts)
            throws UnencodableRecordException {
        TreeMap<String, JsonValue.Member> byKey = new TreeMap<>();
        for (int i = 0; i < attributes.size(); i++) {
            KeyValue kv = attributes.get(i);
            JsonValue source = OtlpSource.at(sources, i);
            JsonValue value;
            try {
                value = raw(kv.getValue(), OtlpSource.value(source, "value"), origin, resolveConflicts);
            } catch (UnencodableRecordException e) {
                throw new UnencodableRecordException(kv.getKey() + ": " + e.getMessage(), e.line(), e.column());
            }
            JsonValue keySource = OtlpSource.value(source, "key");
            byKey.put(kv.getKey(), origin.member(kv.getKey(), value, keySource != null ? keySource : source));
        }
        if (resolveConflicts) {
            AttributeKeyConflicts.resolve(byKey);
        }
        return byKey;
    }

    /** pcommon.Value.AsRaw() as JSON, positioned at its OTLP/JSON source. */
    static JsonValue raw(AnyValue value, JsonValue source, Origin origin, boolean resolveConflicts)
            throws UnencodableRecordException {
        JsonValue inner = innerSource(value, source);
        JsonValue at = inner != null ? inner : source;
        return switch (value.getValueCase()) {
            case STRING_VALUE -> origin.string(value.getStringValue(), at);
            case BOOL_VALUE -> origin.bool(value.getBoolValue(), at);
            case INT_VALUE -> origin.number(Long.toString(value.getIntValue()), at);
            case DOUBLE_VALUE -> origin.number(finite(value.getDoubleValue(), origin, at), at);
            case BYTES_VALUE -> origin.string(Base64.getEncoder().encodeToString(value.getBytesValue().toByteArray()), at);
            case ARRAY_VALUE -> {
                List<AnyValue> values = value.getArrayValue().getValuesList();
                List<JsonValue> sources = OtlpSource.objects(inner, "values");
                List<JsonValue> elements = new ArrayList<>(values.size());
                for (int i = 0; i < values.size(); i++) {
                    elements.add(raw(values.get(i), OtlpSource.at(sources, i), origin, resolveConflicts));
                }
                yield origin.array(elements, at);
            }
            case KVLIST_VALUE -> {
                Map<String, JsonValue.Member> map = attributes(value.getKvlistValue().getValuesList(),
                        OtlpSource.objects(inner, "values"), origin, resolveConflicts);
                yield origin.object(new ArrayList<>(map.values()), at);
            }
            case VALUE_NOT_SET -> origin.nullValue(at);
        };
    }

    /** pcommon.Value.AsString(): how the exporter writes a log body and resource attribute values. */
    public static String asString(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
            case INT_VALUE -> Long.toString(value.getIntValue());
            case DOUBLE_VALUE -> GoFormat.float64AsString(value.getDoubleValue());
            case BYTES_VALUE -> Base64.getEncoder().encodeToString(value.getBytesValue().toByteArray());
            case ARRAY_VALUE, KVLIST_VALUE -> {
                try {
                    yield GoJson.marshal(raw(value, null, Origin.NONE, false));
                } catch (UnencodableRecordException e) {
                    yield ""; // AsString ignores json.Marshal's error and returns the empty result
                }
            }
            case VALUE_NOT_SET -> "";
        };
    }

    /** {@link #asString} as a JSON string, positioned at its OTLP/JSON source. */
    static JsonValue stringValue(AnyValue value, JsonValue source, Origin origin) {
        JsonValue inner = innerSource(value, source);
        return origin.string(asString(value), inner != null ? inner : source);
    }

    /** The exporter's attributesToMapString: every value through AsString, keys sorted. */
    static JsonValue stringMap(List<KeyValue> attributes, List<JsonValue> sources, Origin origin, JsonValue at) {
        TreeMap<String, JsonValue.Member> byKey = new TreeMap<>();
        for (int i = 0; i < attributes.size(); i++) {
            KeyValue kv = attributes.get(i);
            JsonValue source = OtlpSource.at(sources, i);
            JsonValue text = stringValue(kv.getValue(), OtlpSource.value(source, "value"), origin);
            JsonValue keySource = OtlpSource.value(source, "key");
            byKey.put(kv.getKey(), origin.member(kv.getKey(), text, keySource != null ? keySource : source));
        }
        return origin.object(new ArrayList<>(byKey.values()), at);
    }

    private static String finite(double value, Origin origin, JsonValue at) throws UnencodableRecordException {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new UnencodableRecordException("the double " + value + " has no JSON form; Go's encoding/json "
                    + "refuses it, so the exporter drops the record", origin.line(at), origin.column(at));
        }
        return GoFormat.float64(value);
    }

    /** The JSON of the set member of an AnyValue source, e.g. the "x" of {"stringValue": "x"}. */
    private static JsonValue innerSource(AnyValue value, JsonValue source) {
        if (source == null || value.getValueCase() == AnyValue.ValueCase.VALUE_NOT_SET) {
            return null;
        }
        String jsonName = AnyValue.getDescriptor().findFieldByNumber(value.getValueCase().getNumber()).getJsonName();
        return OtlpSource.value(source, jsonName);
    }
}
