package dev.otelint.collector.net;

import io.airlift.compress.zstd.ZstdInputStream;
import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The HTTP Content-Encodings of OTLP/HTTP bodies otelint reads and writes: gzip, zstd and deflate (zlib-wrapped,
 * as the collector's confighttp reads it), or none.
 */
public enum ContentEncoding {
    NONE(""), GZIP("gzip"), ZSTD("zstd"), DEFLATE("deflate");

    /** A level parameter meaning "otelint's default": {@link #OTELINT_LEVEL} for gzip and deflate. */
    public static final int DEFAULT_LEVEL = Integer.MIN_VALUE;

    /**
     * zlib's fastest level. The collector compresses with klauspost/compress, whose default level is far cheaper
     * than zlib's (6); zlib's 1 costs a third of its 6 for bodies 12% larger (docs/collector.md).
     */
    private static final int OTELINT_LEVEL = Deflater.BEST_SPEED;
    private static final int HUFFMAN_ONLY = -2;
    private static final int DEFLATE_BUFFER = 64 * 1024;

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
     * The encoding of an HTTP client's {@code compression} setting: "none" and "" send uncompressed; throws
     * IllegalArgumentException, naming the setting's value, for one otelint cannot send.
     */
    public static ContentEncoding ofSetting(String compression) {
        if (compression.isEmpty() || compression.equals("none")) {
            return NONE;
        }
        try {
            ContentEncoding encoding = of(compression);
            if (encoding != NONE) {
                return encoding;
            }
        } catch (IllegalArgumentException e) {
            // reported below with the setting's value
        }
        throw new IllegalArgumentException("unsupported compression type \"" + compression
                + "\" (otelint sends gzip, zstd, deflate or none)");
    }

    /**
     * Reads a whole body: at most {@code limit} bytes as sent and at most {@code limit} bytes once decompressed,
     * so that a small compressed body cannot inflate without bound (a decompression bomb). {@code sentLength} is
     * the Content-Length, or -1 if unknown.
     */
    public byte[] readBody(InputStream raw, long limit, long sentLength) throws IOException {
        byte[] sent = BodyReader.readAll(raw, sentLength, limit, "request body");
        if (this == NONE) {
            return sent;
        }
        if (this == GZIP) {
            return BodyReader.gunzip(sent, limit, "decompressed request body");
        }
        try (InputStream decoded = this == ZSTD ? new ZstdInputStream(new ByteArrayInputStream(sent))
                : new InflaterInputStream(new ByteArrayInputStream(sent))) {
            return BodyReader.readAll(decoded, (long) sent.length * 4, limit, "decompressed request body");
        }
    }

    /** The body compressed with this encoding at otelint's default level ({@link #DEFAULT_LEVEL}). */
    public byte[] encode(byte[] body) {
        return encode(body, DEFAULT_LEVEL);
    }

    /**
     * The body compressed with this encoding; {@code level} is a zlib level (-2 Huffman only, -1 zlib's default,
     * 0 to 9) for gzip and deflate, {@link #DEFAULT_LEVEL} for otelint's default, and ignored by zstd.
     */
    public byte[] encode(byte[] body, int level) {
        if (this == NONE) {
            return body;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(body.length / 4 + 64);
        try (OutputStream out = encoder(buffer, level)) {
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    /** A stream that writes what it is given to {@code out} compressed with this encoding at {@code level}. */
    public OutputStream encoder(OutputStream out, int level) throws IOException {
        return switch (this) {
            case GZIP -> new LeveledGzipOutputStream(out, level);
            case ZSTD -> new ZstdOutputStream(out);
            case DEFLATE -> new LeveledDeflaterOutputStream(out, level);
            case NONE -> out;
        };
    }

    /** Checks a compression_params level for this encoding (Go's zlib levels for gzip and deflate). */
    public void checkLevel(int level) {
        if (this == ZSTD) {
            throw new IllegalArgumentException("compression level " + level
                    + " for zstd: otelint's zstd encoder has a single level (3, zstd's default)");
        }
        if (level < HUFFMAN_ONLY || level > Deflater.BEST_COMPRESSION) {
            throw new IllegalArgumentException("unsupported compression type and level " + token + " - " + level
                    + " (gzip and deflate take -2 to 9)");
        }
    }

    /** Applies a level: Go's -2 (Huffman only) is a strategy in Java's zlib binding. */
    private static Deflater leveled(Deflater deflater, int level) {
        if (level == HUFFMAN_ONLY) {
            deflater.setStrategy(Deflater.HUFFMAN_ONLY);
        } else {
            deflater.setLevel(level == DEFAULT_LEVEL ? OTELINT_LEVEL : level);
        }
        return deflater;
    }

    /** DeflaterOutputStream (zlib-wrapped) at a chosen level; close() ends the deflater it was given. */
    private static final class LeveledDeflaterOutputStream extends DeflaterOutputStream {
        LeveledDeflaterOutputStream(OutputStream out, int level) {
            super(out, leveled(new Deflater(), level), DEFLATE_BUFFER);
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                def.end();
            }
        }
    }

    /** GZIPOutputStream at a chosen level (its own deflater, which close() ends). */
    private static final class LeveledGzipOutputStream extends GZIPOutputStream {
        LeveledGzipOutputStream(OutputStream out, int level) throws IOException {
            super(out, DEFLATE_BUFFER);
            leveled(def, level);
        }
    }
}
