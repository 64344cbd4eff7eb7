package dev.otelint.collector.processor.attributes;

import io.opentelemetry.proto.common.v1.AnyValue;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash action (attraction's sha2Hasher): SHA-256 in lowercase hex of a string's UTF-8 bytes, a bool as
 * one byte 1/0, an int or a double as its 8 little-endian bytes; other types become the empty string.
 */
final class AttributeHash {
    private AttributeHash() {}

    static AnyValue sha256(AnyValue value) {
        byte[] bytes = switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue().getBytes(StandardCharsets.UTF_8);
            case BOOL_VALUE -> new byte[] {(byte) (value.getBoolValue() ? 1 : 0)};
            case INT_VALUE -> littleEndian().putLong(value.getIntValue()).array();
            case DOUBLE_VALUE -> littleEndian().putDouble(value.getDoubleValue()).array();
            default -> new byte[0];
        };
        String hashed = bytes.length == 0 ? "" : HexFormat.of().formatHex(digest().digest(bytes));
        return AnyValue.newBuilder().setStringValue(hashed).build();
    }

    private static ByteBuffer littleEndian() {
        return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
