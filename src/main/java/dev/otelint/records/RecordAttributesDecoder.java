package dev.otelint.records;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The attributes of the decoded record: the document's {@code attributes} object, without
 * {@code data_stream} (the exporter's routing field, added from its config, never an attribute),
 * plus every top-level field the Simple Schema does not own, flattened to dotted keys
 * ({@code "http": {"request": {"method": "GET"}}} is the attribute {@code http.request.method}),
 * so that an OTLP backend sees them as the semantic-convention attributes they stand for.
 */
final class RecordAttributesDecoder {
    private static final String DATA_STREAM = "data_stream";

    private RecordAttributesDecoder() {}

    /** @param owned the top-level fields the document's signal owns; all others become attributes */
    static List<KeyValue> decode(DocumentFields document, Set<String> owned) throws UnencodableRecordException {
        Map<String, Keyed> byKey = new LinkedHashMap<>();
        DocumentFields attributes = document.object("attributes");
        for (JsonValue.Member member : attributes.json().members()) {
            if (!isDataStream(member.name())) {
                // A repeated key keeps its last value, as the exporter's attribute maps do; null is the empty value.
                byKey.put(member.name(), new Keyed(attributes.path(member.name()),
                        AnyValueDecoder.value(member.value())));
            }
        }
        for (JsonValue.Member member : document.json().members()) {
            if (!owned.contains(member.name())) {
                flatten(member.name(), member.value(), byKey);
            }
        }
        List<KeyValue> result = new ArrayList<>(byKey.size());
        byKey.forEach((key, keyed) -> result.add(KeyValue.newBuilder().setKey(key).setValue(keyed.value()).build()));
        return result;
    }

    private static boolean isDataStream(String key) {
        return key.equals(DATA_STREAM) || key.startsWith(DATA_STREAM + ".");
    }

    private static void flatten(String key, JsonValue value, Map<String, Keyed> byKey)
            throws UnencodableRecordException {
        if (value.isObject() && !value.members().isEmpty()) {
            for (JsonValue.Member member : value.members()) {
                flatten(key + "." + member.name(), member.value(), byKey);
            }
            return;
        }
        Keyed previous = byKey.putIfAbsent(key, new Keyed(key, AnyValueDecoder.value(value)));
        if (previous != null) {
            throw new UnencodableRecordException(key + ": the attribute " + key + " is also set by "
                    + previous.path() + "; expected one value per attribute key", value.line(), value.column());
        }
    }

    /** An attribute value and the document path it came from. */
    private record Keyed(String path, AnyValue value) {}
}
