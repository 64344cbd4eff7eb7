package dev.otelint.records;

import com.google.protobuf.ByteString;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Text forms the collector's exporter writes, which are Go's: encoding/json numbers and
 * time.Time's RFC 3339 form with nanoseconds, and pdata's hex ids.
 */
public final class GoFormat {
    /** time.Time{} as encoding/json writes it: what the exporter sends for a never-set time. */
    static final String ZERO_TIME = "0001-01-01T00:00:00Z";

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private GoFormat() {}

    /**
     * A float64 as encoding/json writes it: the shortest digits that read back the same, in plain
     * form, or in exponent form below 1e-6 and from 1e21 on (ES6 number to string). NaN and the
     * infinities have no JSON form; callers must exclude them.
     */
    static String float64(double value) {
        if (value == 0) {
            return signedZero(value);
        }
        double abs = Math.abs(value);
        BigDecimal shortest = shortest(abs);
        if (abs >= 1e-6 && abs < 1e21) {
            return sign(value) + shortest.toPlainString();
        }
        // Exponents here are <= -7 or >= 21; strconv's two-digit pad ("e-07") is stripped by encoding/json.
        return sign(value) + exponentForm(shortest, 1);
    }

    /**
     * A float64 as strconv.FormatFloat(v, 'g', -1, 64) writes it, which go-structform's JSON writer uses: the
     * shortest digits, in exponent form when the exponent is below -4 or from 6 on ("1e+06", "1.5e-05").
     */
    static String float64Shortest(double value) {
        if (value == 0) {
            return signedZero(value);
        }
        BigDecimal shortest = shortest(Math.abs(value));
        int exponent = exponent(shortest);
        if (exponent < -4 || exponent >= 6) {
            return sign(value) + exponentForm(shortest, 2);
        }
        return sign(value) + shortest.toPlainString();
    }

    private static String signedZero(double zero) {
        return (1 / zero) < 0 ? "-0" : "0";
    }

    private static String sign(double value) {
        return value < 0 ? "-" : "";
    }

    private static BigDecimal shortest(double abs) {
        return new BigDecimal(Double.toString(abs)).stripTrailingZeros();
    }

    private static int exponent(BigDecimal shortest) {
        return shortest.unscaledValue().toString().length() - 1 - shortest.scale();
    }

    /** d.ddde+XX with at least {@code exponentDigits} exponent digits. */
    private static String exponentForm(BigDecimal shortest, int exponentDigits) {
        String digits = shortest.unscaledValue().toString();
        int exponent = exponent(shortest);
        StringBuilder sb = new StringBuilder().append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        }
        sb.append(exponent < 0 ? "e-" : "e+");
        return pad(sb, Math.abs(exponent), exponentDigits).toString();
    }

    /** pcommon.Value.AsString() of a double: the JSON form, or Go's error text for NaN and infinities. */
    public static String float64AsString(double value) {
        if (Double.isNaN(value)) {
            return "json: unsupported value: NaN";
        }
        if (Double.isInfinite(value)) {
            return "json: unsupported value: " + (value > 0 ? "+Inf" : "-Inf");
        }
        return float64(value);
    }

    /** pcommon.Timestamp.AsTime() (UTC; nanoseconds read as a signed int64) in time.RFC3339Nano form. */
    static String timestamp(long unixNanos) {
        StringBuilder sb = dateTime(unixNanos);
        int nanos = (int) Math.floorMod(unixNanos, 1_000_000_000L);
        if (nanos != 0) {
            // RFC3339Nano drops trailing zeros of the fraction, and the dot with them.
            int end = 9;
            while (nanos % 10 == 0) {
                nanos /= 10;
                end--;
            }
            sb.append('.');
            pad(sb, nanos, end);
        }
        return sb.append('Z').toString();
    }

    /** The same instant with all nine fraction digits, as the layout "2006-01-02T15:04:05.000000000Z" writes it. */
    static String timestampNineDigits(long unixNanos) {
        StringBuilder sb = dateTime(unixNanos).append('.');
        return pad(sb, (int) Math.floorMod(unixNanos, 1_000_000_000L), 9).append('Z').toString();
    }

    private static StringBuilder dateTime(long unixNanos) {
        long seconds = Math.floorDiv(unixNanos, 1_000_000_000L);
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        StringBuilder sb = new StringBuilder(30);
        pad(sb, t.getYear(), 4).append('-');
        pad(sb, t.getMonthValue(), 2).append('-');
        pad(sb, t.getDayOfMonth(), 2).append('T');
        pad(sb, t.getHour(), 2).append(':');
        pad(sb, t.getMinute(), 2).append(':');
        return pad(sb, t.getSecond(), 2);
    }

    /** Lowercase hex, as pdata's TraceID/SpanID String() writes ids. */
    public static String hex(ByteString bytes) {
        StringBuilder sb = new StringBuilder(bytes.size() * 2);
        for (int i = 0; i < bytes.size(); i++) {
            int b = bytes.byteAt(i) & 0xff;
            sb.append(HEX[b >>> 4]).append(HEX[b & 0xf]);
        }
        return sb.toString();
    }

    private static StringBuilder pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits);
    }
}
