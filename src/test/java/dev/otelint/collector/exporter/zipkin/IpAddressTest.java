package dev.otelint.collector.exporter.zipkin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IpAddressTest {
    private static String text(String ip) {
        return IpAddress.parse(ip).map(IpAddress::toString).orElse("nil");
    }

    @Test
    void readsAndWritesAddressesAsGosNetPackage() {
        assertThat(text("10.0.0.255")).isEqualTo("10.0.0.255");
        assertThat(text("2001:0DB8:0000:0000:0000:0000:0000:0001")).isEqualTo("2001:db8::1");
        assertThat(text("::1")).isEqualTo("::1");
        assertThat(text("::")).isEqualTo("::");
        assertThat(text("1:0:0:2:0:0:0:3")).isEqualTo("1:0:0:2::3"); // the longest zero run
        assertThat(text("1:0:2:3:4:5:6:7")).isEqualTo("1:0:2:3:4:5:6:7"); // one zero group stays 0
        assertThat(text("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(text("64:ff9b::192.0.2.33")).isEqualTo("64:ff9b::c000:221");
        assertThat(IpAddress.parse("::1").orElseThrow().isV6()).isTrue();
        assertThat(IpAddress.parse("::ffff:192.0.2.1").orElseThrow().isV6()).isFalse();
    }

    @Test
    void refusesWhatGoRefusesWithoutLookingNamesUp() {
        assertThat(text("010.0.0.1")).isEqualTo("nil"); // leading zeros: octal elsewhere, refused by Go
        assertThat(text("256.0.0.1")).isEqualTo("nil");
        assertThat(text("1.2.3")).isEqualTo("nil");
        assertThat(text("localhost")).isEqualTo("nil");
        assertThat(text("1::2::3")).isEqualTo("nil");
        assertThat(text("fe80::1%eth0")).isEqualTo("nil");
        assertThat(text("1:2:3:4:5:6:7:8:9")).isEqualTo("nil");
        assertThat(text("12345::")).isEqualTo("nil");
        assertThat(text("")).isEqualTo("nil");
    }
}
