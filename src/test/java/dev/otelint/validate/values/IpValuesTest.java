package dev.otelint.validate.values;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IP literals as OpenSearch's InetAddresses.forString judges them (verdicts from OpenSearch 2.18). */
class IpValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3.4", "0.0.0.0", "::1", "::", "0:0:0:0:0:0:0:1", "::ffff:1.2.3.4", "::1.2.3.4",
        "1:2:3:4:5:6:1.2.3.4", "FE80::1", "fe80::1%eth0", "fe80::1%1", "1.2.3.\u0664", "0000000001::"})
    void accepted(String ip) {
        assertThat(IpValues.isIpLiteral(ip)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"01.2.3.4", "1.2.3.04", "1.2.3", "256.1.1.1", "1.2.3.999", "[::1]", " 1.2.3.4", "1.2.3.4 ",
        "", "1", "1::2::3", "::ffff:01.2.3.4", "1.2.3.4/24", "1:2:3:4:5:6:7:8:9", "fe80::1%", "1.2.3.4%1",
        "0x1.2.3.4", "1.2.3.4.", "::ffff:1.2.3.4%eth0", "12345::"})
    void refused(String ip) {
        assertThat(IpValues.isIpLiteral(ip)).isFalse();
    }
}
