package dev.otelint.collector.net;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads request bodies into one array sized from what is known of their length (Content-Length, gzip's ISIZE),
 * where InputStream.readAllBytes collects chunks and copies them again: a receiver reads a body per request,
 * and these copies were most of what it allocated.
 */
final class BodyReader {
    private static final int MIN_BUFFER = 8 * 1024;
    /** The most a hint allocates before bytes arrive (4 MiB, gRPC's default message limit): beyond, buffers double. */
    private static final long MAX_FIRST_BUFFER = 4 * 1024 * 1024;
    private static final int MAX_INFLATE_BUFFER = 64 * 1024;
    private static final int GZIP_MIN_LENGTH = 18; // 10-byte header, empty deflate data, 8-byte trailer
    private static final int DEFLATE_MAX_RATIO = 1032; // the most one compressed byte can inflate to

    private BodyReader() {}

    /**
     * All of {@code in}, at most {@code limit} bytes (more: {@link BodyTooLargeException} naming {@code what});
     * {@code sizeHint} (negative if unknown) sizes the first buffer.
     */
    static byte[] readAll(InputStream in, long sizeHint, long limit, String what) throws IOException {
        long first = Math.min(Math.max(sizeHint, MIN_BUFFER), MAX_FIRST_BUFFER); // a hint is a claim, not bytes
        byte[] out = new byte[(int) Math.min(first, Math.min(limit + 1, Integer.MAX_VALUE - 8))];
        int n = 0;
        while (true) {
            int read = in.read(out, n, out.length - n);
            if (read < 0) {
                return n == out.length ? out : Arrays.copyOf(out, n);
            }
            n += read;
            if (n > limit) {
                throw new BodyTooLargeException(what + " is larger than the limit of " + limit + " bytes");
            }
            if (n == out.length) {
                int next = in.read(); // the hint was exact if the body ends here
                if (next < 0) {
                    return out;
                }
                out = Arrays.copyOf(out, (int) Math.min((long) out.length * 2, Math.min(limit + 1, Integer.MAX_VALUE - 8)));
                out[n++] = (byte) next;
            }
        }
    }

    /** A whole gzip body inflated, at most {@code limit} bytes (more: {@link BodyTooLargeException} naming {@code what}). */
    static byte[] gunzip(byte[] sent, long limit, String what) throws IOException {
        // the input buffer takes all of it at once, up to 64 KiB: each refill is a native call
        int buffer = Math.max(512, Math.min(sent.length, MAX_INFLATE_BUFFER));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(sent), buffer)) {
            return readAll(in, gzipSizeHint(sent), limit, what);
        }
    }

    /**
     * The size a gzip body inflates to, as its trailer's ISIZE says (RFC 1952: the size mod 2^32 of the last
     * member), believed no further than deflate's largest ratio allows; -1 if the body is too short.
     */
    private static long gzipSizeHint(byte[] sent) {
        if (sent.length < GZIP_MIN_LENGTH) {
            return -1;
        }
        int end = sent.length;
        long isize = (sent[end - 4] & 0xffL) | (sent[end - 3] & 0xffL) << 8 | (sent[end - 2] & 0xffL) << 16
                | (sent[end - 1] & 0xffL) << 24;
        return Math.min(isize, (long) sent.length * DEFLATE_MAX_RATIO);
    }
}
