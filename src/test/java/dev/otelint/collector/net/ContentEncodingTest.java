package dev.otelint.collector.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ContentEncodingTest {
    private static final byte[] BODY = "GET /api/items/{id} http.request.method url.path 200 ".repeat(2000)
            .getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest(name = "{0} level {1}")
    @CsvSource({"GZIP, 1", "GZIP, 9", "GZIP, -1", "GZIP, -2", "GZIP, 0", "DEFLATE, 1", "DEFLATE, 6", "DEFLATE, -2",
            "ZSTD, " + Integer.MIN_VALUE, "NONE, " + Integer.MIN_VALUE})
    void whatIsEncodedAtAnyLevelReadsBack(ContentEncoding encoding, int level) throws IOException {
        byte[] encoded = encoding.encode(BODY, level);
        assertThat(encoding.readBody(new ByteArrayInputStream(encoded), 1 << 20)).isEqualTo(BODY);
    }

    @Test
    void theDefaultLevelIsZlibsFastestAndLevelsChangeTheBytes() {
        assertThat(ContentEncoding.GZIP.encode(BODY)).isEqualTo(ContentEncoding.GZIP.encode(BODY, 1));
        assertThat(ContentEncoding.GZIP.encode(BODY, 0).length).isGreaterThan(BODY.length); // stored, not compressed
        assertThat(ContentEncoding.DEFLATE.encode(BODY, 9)).isNotEqualTo(ContentEncoding.DEFLATE.encode(BODY, 1));
    }

    @Test
    void levelsAreCheckedAsTheCollectorDoes() {
        ContentEncoding.GZIP.checkLevel(-2);
        ContentEncoding.DEFLATE.checkLevel(9);
        assertThatThrownBy(() -> ContentEncoding.GZIP.checkLevel(10))
                .hasMessage("unsupported compression type and level gzip - 10 (gzip and deflate take -2 to 9)");
        assertThatThrownBy(() -> ContentEncoding.ZSTD.checkLevel(5)).hasMessageContaining("a single level");
        assertThatThrownBy(() -> ContentEncoding.ofSetting("br"))
                .hasMessage("unsupported compression type \"br\" (otelint sends gzip, zstd, deflate or none)");
        assertThat(ContentEncoding.ofSetting("none")).isEqualTo(ContentEncoding.NONE);
    }

    @Test
    void grpcGzipWritesWhatAGzipReaderReads() throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        try (OutputStream out = GrpcGzipCompressor.registry().lookupCompressor("gzip").compress(wire)) {
            out.write(BODY);
        }
        assertThat(new GZIPInputStream(new ByteArrayInputStream(wire.toByteArray())).readAllBytes()).isEqualTo(BODY);
        assertThat(GrpcGzipCompressor.registry().lookupCompressor("identity")).isNotNull();
    }
}
