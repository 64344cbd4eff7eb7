package dev.otelint.collector.net;

/** How a client compresses request bodies: an encoding at a level ({@link ContentEncoding#DEFAULT_LEVEL}: otelint's). */
public record Compression(ContentEncoding encoding, int level) {
    public static Compression of(ContentEncoding encoding) {
        return new Compression(encoding, ContentEncoding.DEFAULT_LEVEL);
    }

    public byte[] encode(byte[] body) {
        return encoding.encode(body, level);
    }
}
