package dev.otelint.records;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import dev.otelint.records.ProtoJsonScalars.IntegerType;
import dev.otelint.report.FindingSink;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decodes OTLP/JSON into proto messages following the OTLP spec's "JSON Protobuf Encoding": the
 * proto3 JSON mapping, except that trace and span ids are hex strings (not base64). Fields match by
 * lowerCamelCase or proto (snake_case) name; unknown fields are ignored, as receivers must; 64-bit
 * integers may be strings or numbers; enums may be numbers or names (the collector accepts both).
 *
 * <p>A value that does not decode becomes an otlp.decode finding and is left unset; an array
 * element that is not an object is left out (see {@link OtlpSource#objects}).
 */
final class OtlpJsonDecoder {
    private static final Set<String> ID_FIELDS = Set.of("trace_id", "span_id", "parent_span_id");
    private static final int MAX_ACTUAL = 80;
    private static final Map<Descriptor, Map<String, FieldDescriptor>> FIELDS = new ConcurrentHashMap<>();

    private final String file;
    private final FindingSink sink;
    private final StringBuilder path = new StringBuilder();

    OtlpJsonDecoder(String file, FindingSink sink) {
        this.file = file;
        this.sink = sink;
    }

    /** Merges the JSON object into {@code builder}; {@code rootPath} names it in findings. */
    <B extends Message.Builder> B decode(JsonValue object, B builder, String rootPath) {
        path.setLength(0);
        path.append(rootPath);
        mergeObject(object, builder);
        return builder;
    }

    private void mergeObject(JsonValue object, Message.Builder builder) {
        Map<String, FieldDescriptor> fields = fieldsByName(builder.getDescriptorForType());
        for (JsonValue.Member m : object.members()) {
            FieldDescriptor field = fields.get(m.name());
            if (field == null) {
                // OTLP/JSON receivers MUST ignore unknown fields: decoding goes on, but the data is lost.
                reportUnknown(m, builder.getDescriptorForType());
                continue;
            }
            if (m.value().isNull()) {
                continue; // proto3 JSON reads null as "not set"
            }
            int mark = path.length();
            path.append('.').append(m.name());
            if (field.isRepeated()) {
                mergeRepeated(field, m.value(), builder);
            } else {
                Object value = decodeValue(field, m.value(), builder);
                if (value != null) {
                    builder.setField(field, value);
                }
            }
            path.setLength(mark);
        }
    }

    private void mergeRepeated(FieldDescriptor field, JsonValue array, Message.Builder builder) {
        if (!array.isArray()) {
            report(array, "expected an array");
            return;
        }
        for (int i = 0; i < array.elements().size(); i++) {
            int mark = path.length();
            path.append('[').append(i).append(']');
            Object value = decodeValue(field, array.elements().get(i), builder);
            if (value != null) {
                builder.addRepeatedField(field, value);
            }
            path.setLength(mark);
        }
    }

    /** The decoded value, or null after reporting why it does not decode. */
    private Object decodeValue(FieldDescriptor field, JsonValue json, Message.Builder parent) {
        return switch (field.getType()) {
            case MESSAGE, GROUP -> message(field, json, parent);
            case STRING -> json.isString() ? json.text() : report(json, "expected a string");
            case BOOL -> json.kind() == JsonValue.Kind.BOOLEAN ? Boolean.valueOf(json.text())
                    : report(json, "expected true or false");
            case BYTES -> ID_FIELDS.contains(field.getName()) ? hexId(field, json) : base64(json);
            case DOUBLE -> floating(json);
            case FLOAT -> {
                Double d = floating(json);
                yield d == null ? null : (Object) d.floatValue();
            }
            case ENUM -> enumValue(field, json);
            case INT64, SINT64, SFIXED64 -> integer(json, IntegerType.INT64, null);
            case UINT64, FIXED64 -> integer(json, IntegerType.UINT64, null);
            case INT32, SINT32, SFIXED32 -> toInt(integer(json, IntegerType.INT32, null));
            case UINT32, FIXED32 -> toInt(integer(json, IntegerType.UINT32, null));
        };
    }

    private Object message(FieldDescriptor field, JsonValue json, Message.Builder parent) {
        if (!json.isObject()) {
            return report(json, "expected an object");
        }
        Message.Builder child = parent.newBuilderForField(field);
        mergeObject(json, child);
        return child.build();
    }

    /** OTLP: trace and span ids are hex strings, case-insensitive; "" means "no id". */
    private Object hexId(FieldDescriptor field, JsonValue json) {
        int bytes = field.getName().equals("trace_id") ? DocumentParts.TRACE_ID_BYTES : DocumentParts.SPAN_ID_BYTES;
        if (!json.isString()) {
            return report(json, "expected a string of " + bytes * 2 + " hex digits");
        }
        String text = json.text();
        if (text.isEmpty()) {
            return ByteString.EMPTY;
        }
        byte[] decoded = text.length() == bytes * 2 ? ProtoJsonScalars.hexBytes(text) : null;
        if (decoded != null) {
            return ByteString.copyFrom(decoded);
        }
        String expected = bytes * 2 + " hex digits (OTLP/JSON writes ids as hex, not base64)";
        String hexOfBase64 = ProtoJsonScalars.base64Id(text, bytes);
        if (hexOfBase64 == null) {
            return report(json, "expected " + expected, null);
        }
        return report(json, "expected " + expected + "; this looks base64-encoded", "write it as hex: \"" + hexOfBase64
                + "\"");
    }

    private Object base64(JsonValue json) {
        ByteString bytes = json.isString() ? ProtoJsonScalars.base64(json.text()) : null;
        return bytes != null ? bytes : report(json, "expected base64 text");
    }

    private Double floating(JsonValue json) {
        Double value = ProtoJsonScalars.floating(json);
        if (value == null) {
            report(json, "expected a number (or \"NaN\", \"Infinity\", \"-Infinity\")");
        }
        return value;
    }

    private Object enumValue(FieldDescriptor field, JsonValue json) {
        if (json.isString()) {
            EnumValueDescriptor byName = field.getEnumType().findValueByName(json.text());
            return byName != null ? byName : report(json, "expected a " + field.getEnumType().getName() + " number");
        }
        Integer number = toInt(integer(json, IntegerType.INT32, "a " + field.getEnumType().getName() + " number"));
        // proto3 enums are open: an unknown number is kept as it is.
        return number == null ? null : field.getEnumType().findValueByNumberCreatingIfUnknown(number);
    }

    /** An integer from a JSON number or a string of one, in the type's range; null after a report. */
    private Long integer(JsonValue json, IntegerType type, String what) {
        Long value = json.isNumber() || json.isString() ? ProtoJsonScalars.integer(json.text(), type) : null;
        if (value == null) {
            report(json, "expected " + (what != null ? what : type.description()) + " (a number or a string of digits)");
        }
        return value;
    }

    private static Integer toInt(Long value) {
        return value == null ? null : (int) value.longValue();
    }

    private Object report(JsonValue json, String expected) {
        return report(json, expected, null);
    }

    private Object report(JsonValue json, String expected, String fix) {
        String actual = json.toJsonPrefix(MAX_ACTUAL);
        if (actual.length() > MAX_ACTUAL) {
            actual = actual.substring(0, MAX_ACTUAL) + "...";
        }
        String where = where();
        sink.accept(InputRules.OTLP_DECODE.finding()
                .file(file).at(json.line(), json.column()).path(where)
                .message(where + ": " + expected + ", got " + actual)
                .expected(expected).actual(actual).fix(fix)
                .build());
        return null;
    }

    private void reportUnknown(JsonValue.Member member, Descriptor type) {
        String where = where();
        String field = where.isEmpty() ? member.name() : where + "." + member.name();
        sink.accept(InputRules.OTLP_UNKNOWN_FIELD.finding()
                .file(file).at(member.line(), member.column()).path(field)
                .message(field + ": " + type.getName() + " has no field \"" + member.name()
                        + "\"; the collector ignores it")
                .actual(member.name())
                .build());
    }

    private String where() {
        return path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
    }

    private static Map<String, FieldDescriptor> fieldsByName(Descriptor type) {
        return FIELDS.computeIfAbsent(type, t -> {
            Map<String, FieldDescriptor> byName = new HashMap<>();
            for (FieldDescriptor f : t.getFields()) {
                byName.put(f.getName(), f);
                byName.put(f.getJsonName(), f);
            }
            return byName;
        });
    }
}
