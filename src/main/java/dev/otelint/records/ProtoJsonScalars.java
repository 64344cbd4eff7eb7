package dev.otelint.records;

import com.google.protobuf.ByteString;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Base64;
import java.util.regex.Pattern;

/** Scalar values in the proto3 JSON mapping; each parser returns null for text that is not one. */
final class ProtoJsonScalars {
    private static final Pattern FLOAT_TEXT =
            Pattern.compile("NaN|-?Infinity|-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final BigInteger UINT64_LIMIT = BigInteger.ONE.shiftLeft(64);

    /** The integer field types by range; uint64 values above Long.MAX_VALUE wrap, as Java protobuf stores them. */
    enum IntegerType {
        INT32(Integer.MIN_VALUE, Integer.MAX_VALUE, "a 32-bit integer"),
        UINT32(0, 0xffffffffL, "an unsigned 32-bit integer"),
        INT64(Long.MIN_VALUE, Long.MAX_VALUE, "a 64-bit integer"),
        UINT64(0, Long.MAX_VALUE, "an unsigned 64-bit integer");

        private final long min;
        private final long max;
        private final String description;

        IntegerType(long min, long max, String description) {
            this.min = min;
            this.max = max;
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    private ProtoJsonScalars() {}

    /** An integer of the type's range from the text of a JSON number or string. */
    static Long integer(String text, IntegerType type) {
        try {
            long value = Long.parseLong(text);
            return value >= type.min && value <= type.max ? value : null;
        } catch (NumberFormatException notPlainLong) {
            return integralForm(text, type);
        }
    }

    /** proto3 JSON also accepts integral forms such as "1e3" or "10.0", and uint64 above Long.MAX_VALUE. */
    private static Long integralForm(String text, IntegerType type) {
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

    /** A double from a JSON number, or from a string holding a number, "NaN", "Infinity" or "-Infinity". */
    static Double floating(JsonValue json) {
        if (json.isNumber() || json.isString() && FLOAT_TEXT.matcher(json.text()).matches()) {
            return Double.parseDouble(json.text());
        }
        return null;
    }

    /** Standard or URL-safe base64, padding optional. */
    static ByteString base64(String text) {
        try {
            return ByteString.copyFrom(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException notStandard) {
            try {
                return ByteString.copyFrom(Base64.getUrlDecoder().decode(text));
            } catch (IllegalArgumentException notUrlSafe) {
                return null;
            }
        }
    }

    /** Hex digits of either case, two per byte. */
    static byte[] hexBytes(String text) {
        if (text.length() % 2 != 0) {
            return null;
        }
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

    /** The hex form of a base64 text that decodes to exactly {@code bytes} bytes, else null. */
    static String base64Id(String text, int bytes) {
        try {
            byte[] decoded = Base64.getDecoder().decode(text);
            return decoded.length == bytes ? GoFormat.hex(ByteString.copyFrom(decoded)) : null;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
