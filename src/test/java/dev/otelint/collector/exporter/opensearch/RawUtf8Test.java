package dev.otelint.collector.exporter.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Documents reach the bulk body byte for byte, whatever their characters and size against Jackson's buffer. */
class RawUtf8Test {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void nonAsciiTextIsWrittenAsItsUtf8Bytes() throws Exception {
        String json = "{\"body\":\"caf\u00e9 \u20ac \ud83d\ude00\",\"n\":1}";
        byte[] written = mapper.writeValueAsBytes(List.of(new RawValue(new RawUtf8(json))));
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo("[" + json + "]");
    }

    @Test
    void aDocumentLargerThanTheGeneratorsBufferIsWrittenWhole() throws Exception {
        String json = "{\"body\":\"" + "\u00e9x".repeat(20_000) + "\"}";
        byte[] written = mapper.writeValueAsBytes(List.of(new RawValue(new RawUtf8(json)), new RawValue(new RawUtf8("{}"))));
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo("[" + json + ",{}]");
    }
}
