package dev.otelint.records;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import dev.otelint.report.FindingSink;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

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
    private static final Pattern FLOAT_TEXT =
            Pattern.compile("NaN|-?Infinity|-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final BigInteger UINT64_LIMIT = BigInteger.ONE.shiftLeft(64);

    /** The integer field types, by range; unsigned 64-bit values above Long.MAX_VALUE wrap as in Java protobuf. */
    private enum IntegerType {
        INT32(Integer.MIN_VALUE, Integer.MAX_VALUE, "a 32-bit integer"),
        UINT32(0, 0xffffffffL, "an unsigned 32-bit integer"),
        INT64(Long.MIN_VALUE, Long.MAX_VALUE, "a 64-bit integer"),
        UINT64(0, Long.MAX_VALUE, "an unsigned 64-bit integer");

        final long min;
        final long max;
        final String description;

        IntegerType(long min, long max, String description) {
            this.min = min;
            this.max = max;
            this.description = description;
        }
    }
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
            // OTLP/JSON receivers MUST ignore unknown fields; proto3 JSON reads null as "not set".
            if (field == null || m.value().isNull()) {
                continue;
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
        byte[] decoded = text.length() == bytes * 2 ? hexBytes(text) : null;
        if (decoded != null) {
            return ByteString.copyFrom(decoded);
        }
        String expected = bytes * 2 + " hex digits (OTLP/JSON writes ids as hex, not base64)";
        String hexOfBase64 = base64Id(text, bytes);
        if (hexOfBase64 == null) {
            return report(json, "expected " + expected, null);
        }
        return report(json, "expected " + expected + "; this looks base64-encoded", "write it as hex: \"" + hexOfBase64
                + "\"");
    }

    private Object base64(JsonValue json) {
        if (json.isString()) {
            String text = json.text();
            try {
                return ByteString.copyFrom(Base64.getDecoder().decode(text));
            } catch (IllegalArgumentException notStandard) {
                try {
                    return ByteString.copyFrom(Base64.getUrlDecoder().decode(text));
                } catch (IllegalArgumentException notUrlSafe) {
                    // reported below
                }
            }
        }
        return report(json, "expected base64 text");
    }

    private Double floating(JsonValue json) {
        if (json.isNumber() || json.isString() && FLOAT_TEXT.matcher(json.text()).matches()) {
            return Double.parseDouble(json.text());
        }
        report(json, "expected a number (or \"NaN\", \"Infinity\", \"-Infinity\")");
        return null;
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
        if (json.isNumber() || json.isString()) {
            Long value = parseInteger(json.text(), type);
            if (value != null) {
                return value;
            }
        }
        report(json, "expected " + (what != null ? what : type.description) + " (a number or a string of digits)");
        return null;
    }

    private static Long parseInteger(String text, IntegerType type) {
        try {
            long value = Long.parseLong(text);
            return value >= type.min && value <= type.max ? value : null;
        } catch (NumberFormatException notPlainLong) {
            return parseIntegralForm(text, type);
        }
    }

    /** proto3 JSON also accepts integral forms such as "1e3" or "10.0", and uint64 above Long.MAX_VALUE. */
    private static Long parseIntegralForm(String text, IntegerType type) {
        BigInteger value;
        try {
            value = new BigDecimal(text).toBigIntegerExact();
        } catch (NumberFormatException | ArithmeticException notIntegral) {
            return null;
        }
        boolean inRange = type == IntegerType.UINT64
                ? value.signum() >= 0 && value.compareTo(UINT64_LIMIT) < 0
                : value.compareTo(BigInteger.valueOf(type.min)) >= 0 && value.compareTo(BigInteger.valueOf(type.max)) <= 0;
        return inRange ? value.longValue() : null;
    }

    private static Integer toInt(Long value) {
        return value == null ? null : (int) value.longValue();
    }

    private static byte[] hexBytes(String text) {
        byte[] bytes = new byte[text.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            int high = Character.digit(text.charAt(2 * i), 16);
            int low = Character.digit(text.charAt(2 * i + 1), 16);
            if (high < 0 || low < 0) {
                return null;
            }
            bytes[i] = (byte) (high << 4 | low);
        }
        return bytes;
    }

    /** The hex form of a base64 text that decodes to an id of the right size, else null. */
    private static String base64Id(String text, int bytes) {
        try {
            byte[] decoded = Base64.getDecoder().decode(text);
            return decoded.length == bytes ? GoFormat.hex(ByteString.copyFrom(decoded)) : null;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private Object report(JsonValue json, String expected) {
        return report(json, expected, null);
    }

    private Object report(JsonValue json, String expected, String fix) {
        String actual = json.toJson();
        if (actual.length() > MAX_ACTUAL) {
            actual = actual.substring(0, MAX_ACTUAL) + "...";
        }
        String where = path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
        sink.accept(InputRules.OTLP_DECODE.finding()
                .file(file).at(json.line(), json.column()).path(where)
                .message(where + ": " + expected + ", got " + actual)
                .expected(expected).actual(actual).fix(fix)
                .build());
        return null;
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
