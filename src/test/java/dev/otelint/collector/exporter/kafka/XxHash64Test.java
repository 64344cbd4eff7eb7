package dev.otelint.collector.exporter.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class XxHash64Test {
    private static long hash(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return XxHash64.hash(b, b.length);
    }

    @Test
    void matchesTheReferenceValuesForShortAndLongInputs() {
        // xxHash's published XXH64 values with seed 0
        assertThat(hash("")).isEqualTo(0xEF46DB3751D8E999L);
        assertThat(hash("a")).isEqualTo(0xD24EC4F1A98C6E5BL);
        assertThat(hash("abc")).isEqualTo(0x44BC2CF5AD770999L);
        assertThat(hash("Nobody inspects the spammish repetition")).isEqualTo(0xFBCEA83C8A378BF1L);
    }

    @Test
    void resourceHashIgnoresAttributeOrderAndIsZeroForNoAttributes() {
        var a = dev.otelint.collector.Otlp.attr("service.name", "cart");
        var b = dev.otelint.collector.Otlp.attr("host.name", "h1");
        assertThat(ResourceHash.of(List.of(a, b))).isEqualTo(ResourceHash.of(List.of(b, a)))
                .isNotEqualTo(ResourceHash.of(List.of(a)));
        assertThat(HexFormat.of().formatHex(ResourceHash.of(List.of()))).isEqualTo("0".repeat(32));
    }
}
