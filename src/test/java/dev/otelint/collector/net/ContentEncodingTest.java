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
        assertThat(encoding.readBody(new ByteArrayInputStream(encoded), 1 << 20, -1)).isEqualTo(BODY);
    }

    @ParameterizedTest(name = "Content-Length {0}")
    @CsvSource({"-1", "0", "10", "106000", "106001", "5000000"})
    void aBodyReadsWhole(long sentLength) throws IOException {
        assertThat(ContentEncoding.NONE.readBody(new ByteArrayInputStream(BODY), 1 << 20, sentLength)).isEqualTo(BODY);
    }

    @Test
    void aBodyOverTheLimitIsRefusedAsSentAndAsInflated() {
        assertThatThrownBy(() -> ContentEncoding.NONE.readBody(new ByteArrayInputStream(BODY), 1000, BODY.length))
                .isInstanceOf(BodyTooLargeException.class).hasMessage("request body is larger than the limit of 1000 bytes");
        byte[] bomb = ContentEncoding.GZIP.encode(new byte[50_000_000]);
        assertThatThrownBy(() -> ContentEncoding.GZIP.readBody(new ByteArrayInputStream(bomb), 1 << 20, bomb.length))
                .isInstanceOf(BodyTooLargeException.class)
                .hasMessage("decompressed request body is larger than the limit of 1048576 bytes");
    }

    @Test
    void gzipsSizeTrailerIsOnlyAHint() throws IOException {
        byte[] gzip = ContentEncoding.GZIP.encode(BODY);
        byte[] lying = gzip.clone();
        lying[lying.length - 1] = (byte) 0x7f; // ISIZE says about 2 GB: readBody must neither trust nor allocate it
        assertThatThrownBy(() -> ContentEncoding.GZIP.readBody(new ByteArrayInputStream(lying), 1 << 20, -1))
                .isInstanceOf(IOException.class).isNotInstanceOf(BodyTooLargeException.class);
        byte[] twoMembers = new byte[gzip.length * 2]; // RFC 1952 allows members one after the other
        System.arraycopy(gzip, 0, twoMembers, 0, gzip.length);
        System.arraycopy(gzip, 0, twoMembers, gzip.length, gzip.length);
        byte[] both = ContentEncoding.GZIP.readBody(new ByteArrayInputStream(twoMembers), 1 << 20, -1);
        assertThat(both).hasSize(BODY.length * 2);
        assertThat(java.util.Arrays.copyOfRange(both, BODY.length, both.length)).isEqualTo(BODY);
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
