package dev.otelint.collector.net;

import io.airlift.compress.zstd.ZstdInputStream;
import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The HTTP Content-Encodings of OTLP/HTTP bodies otelint reads and writes: gzip, zstd and deflate (zlib-wrapped,
 * as the collector's confighttp reads it), or none.
 */
public enum ContentEncoding {
    NONE(""), GZIP("gzip"), ZSTD("zstd"), DEFLATE("deflate");

    private static final int INFLATE_BUFFER = 64 * 1024;

    private final String token;

    ContentEncoding(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    /** The encoding of a Content-Encoding header (null or empty: none); throws IllegalArgumentException if unknown. */
    public static ContentEncoding of(String header) {
        String name = header == null ? "" : header.trim().toLowerCase(Locale.ROOT);
        if (name.equals("identity")) {
            return NONE;
        }
        for (ContentEncoding e : values()) {
            if (e.token.equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unsupported Content-Encoding: " + header);
    }

    /**
     * Reads a whole body: at most {@code limit} bytes as sent and at most {@code limit} bytes once decompressed,
     * so that a small compressed body cannot inflate without bound (a decompression bomb).
     */
    public byte[] readBody(InputStream raw, long limit) throws IOException {
        InputStream sent = new LimitedInputStream(raw, limit, "request body");
        InputStream decoded = switch (this) {
            case NONE -> sent;
            case GZIP -> new GZIPInputStream(sent, INFLATE_BUFFER); // the default 512 bytes costs a native call each
            case ZSTD -> new ZstdInputStream(sent);
            case DEFLATE -> new InflaterInputStream(sent);
        };
        try (InputStream in = this == NONE ? decoded : new LimitedInputStream(decoded, limit, "decompressed request body")) {
            return in.readAllBytes();
        }
    }

    /** The body compressed with this encoding. */
    public byte[] encode(byte[] body) {
        if (this == NONE) {
            return body;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(body.length / 2 + 64);
        try (OutputStream out = switch (this) {
            case GZIP -> new GZIPOutputStream(buffer);
            case ZSTD -> new ZstdOutputStream(buffer);
            case DEFLATE -> new DeflaterOutputStream(buffer);
            case NONE -> buffer;
        }) {
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }
}
