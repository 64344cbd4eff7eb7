package dev.otelint.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import org.junit.jupiter.api.Test;

class GoFormatTest {

    @Test
    void float64FollowsEncodingJsonNumberForm() {
        assertThat(GoFormat.float64(637.704)).isEqualTo("637.704");
        assertThat(GoFormat.float64(5.0)).isEqualTo("5");
        assertThat(GoFormat.float64(-0.0)).isEqualTo("-0");
        assertThat(GoFormat.float64(1e20)).isEqualTo("100000000000000000000");
        assertThat(GoFormat.float64(1e21)).isEqualTo("1e+21");
        assertThat(GoFormat.float64(0.000001)).isEqualTo("0.000001");
        assertThat(GoFormat.float64(0.0000001)).isEqualTo("1e-7");
        assertThat(GoFormat.float64(-1.5e-10)).isEqualTo("-1.5e-10");
        assertThat(GoFormat.float64(Float.MAX_VALUE)).isEqualTo("3.4028234663852886e+38");
        assertThat(GoFormat.float64(Double.MAX_VALUE)).isEqualTo("1.7976931348623157e+308");
    }

    @Test
    void float64ShortestFollowsStrconvG() {
        assertThat(GoFormat.float64Shortest(637.704)).isEqualTo("637.704");
        assertThat(GoFormat.float64Shortest(5.0)).isEqualTo("5");
        assertThat(GoFormat.float64Shortest(-0.0)).isEqualTo("-0");
        assertThat(GoFormat.float64Shortest(123456.0)).isEqualTo("123456");
        assertThat(GoFormat.float64Shortest(1234567.0)).isEqualTo("1.234567e+06");
        assertThat(GoFormat.float64Shortest(1e21)).isEqualTo("1e+21");
        assertThat(GoFormat.float64Shortest(0.0001)).isEqualTo("0.0001");
        assertThat(GoFormat.float64Shortest(-0.000015)).isEqualTo("-1.5e-05");
        assertThat(GoFormat.float64Shortest(Double.MAX_VALUE)).isEqualTo("1.7976931348623157e+308");
    }

    @Test
    void timestampNineDigitsKeepsEveryFractionDigit() {
        assertThat(GoFormat.timestampNineDigits(0)).isEqualTo("1970-01-01T00:00:00.000000000Z");
        assertThat(GoFormat.timestampNineDigits(1_700_000_000_120_000_000L)).isEqualTo("2023-11-14T22:13:20.120000000Z");
        assertThat(GoFormat.timestampNineDigits(-1)).isEqualTo("1969-12-31T23:59:59.999999999Z");
    }

    @Test
    void asStringOfNonFiniteDoublesIsGosErrorText() {
        assertThat(GoFormat.float64AsString(Double.NaN)).isEqualTo("json: unsupported value: NaN");
        assertThat(GoFormat.float64AsString(Double.NEGATIVE_INFINITY)).isEqualTo("json: unsupported value: -Inf");
    }

    @Test
    void timestampIsRfc3339NanoInUtcWithoutTrailingZeros() {
        assertThat(GoFormat.timestamp(1544712660300000000L)).isEqualTo("2018-12-13T14:51:00.3Z");
        assertThat(GoFormat.timestamp(1544712660000000001L)).isEqualTo("2018-12-13T14:51:00.000000001Z");
        assertThat(GoFormat.timestamp(0)).isEqualTo("1970-01-01T00:00:00Z");
        // fixed64 nanoseconds beyond int64 read as negative, as pdata's AsTime() does
        assertThat(GoFormat.timestamp(-1_500_000_000L)).isEqualTo("1969-12-31T23:59:58.5Z");
    }

    @Test
    void hexIsLowercase() {
        assertThat(GoFormat.hex(ByteString.copyFrom(new byte[] {(byte) 0xAB, 0x01, 0x7f}))).isEqualTo("ab017f");
    }
}
