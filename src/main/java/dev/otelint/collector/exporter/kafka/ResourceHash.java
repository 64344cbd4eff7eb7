package dev.otelint.collector.exporter.kafka;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * The message key when partitioning by resource attributes: contrib's pdatautil.MapHash, 16 bytes that do not
 * depend on the attributes' order. The attributes are written with a type byte before each value (0xf4 before a
 * key, keys sorted, maps and lists bracketed), hashed with XXH64, then hashed again with one more byte 0xf3;
 * the two sums are the key's halves, little-endian. No attributes: 16 zero bytes.
 */
final class ResourceHash {
    private ResourceHash() {}

    static byte[] of(List<KeyValue> attributes) {
        byte[] key = new byte[16];
        if (attributes.isEmpty()) {
            return key;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        writeMap(out, attributes);
        out.write(0xf3);
        byte[] bytes = out.toByteArray();
        putLittleEndian(key, 0, XxHash64.hash(bytes, bytes.length - 1));
        putLittleEndian(key, 8, XxHash64.hash(bytes, bytes.length));
        return key;
    }

    private static void writeMap(ByteArrayOutputStream out, List<KeyValue> map) {
        // Go sorts the keys as strings: by UTF-8 bytes, which is code point order, not Java's UTF-16 order
        List<KeyValue> sorted = map.stream().sorted(Comparator.comparing(KeyValue::getKey, ResourceHash::byCodePoint))
                .toList();
        for (KeyValue kv : sorted) {
            out.write(0xf4);
            out.writeBytes(kv.getKey().getBytes(StandardCharsets.UTF_8));
            writeValue(out, kv.getValue());
        }
    }

    private static void writeValue(ByteArrayOutputStream out, AnyValue v) {
        switch (v.getValueCase()) {
            case STRING_VALUE -> {
                out.write(0xf7);
                out.writeBytes(v.getStringValue().getBytes(StandardCharsets.UTF_8));
            }
            case BOOL_VALUE -> out.write(v.getBoolValue() ? 0xf8 : 0xf9);
            case INT_VALUE -> {
                out.write(0xfa);
                writeLong(out, v.getIntValue());
            }
            case DOUBLE_VALUE -> {
                out.write(0xfb);
                writeLong(out, Double.doubleToRawLongBits(v.getDoubleValue()));
            }
            case KVLIST_VALUE -> {
                out.write(0xfc);
                writeMap(out, v.getKvlistValue().getValuesList());
                out.write(0xfd);
            }
            case ARRAY_VALUE -> {
                out.write(0xfe);
                v.getArrayValue().getValuesList().forEach(item -> writeValue(out, item));
                out.write(0xff);
            }
            case BYTES_VALUE -> {
                out.write(0xf6);
                out.writeBytes(v.getBytesValue().toByteArray());
            }
            default -> out.write(0xf5); // empty
        }
    }

    private static int byCodePoint(String a, String b) {
        return java.util.Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeLong(ByteArrayOutputStream out, long value) {
        byte[] b = new byte[8];
        putLittleEndian(b, 0, value);
        out.writeBytes(b);
    }

    private static void putLittleEndian(byte[] b, int at, long value) {
        for (int i = 0; i < 8; i++) {
            b[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
