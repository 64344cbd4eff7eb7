package dev.otelint.collector.net;

import io.grpc.Codec;
import io.grpc.Compressor;
import io.grpc.CompressorRegistry;
import java.io.IOException;
import java.io.OutputStream;

/** gRPC's "gzip" message encoding at otelint's level (grpc-java's own codec compresses at zlib's default, 6). */
public final class GrpcGzipCompressor implements Compressor {
    private static final GrpcGzipCompressor INSTANCE = new GrpcGzipCompressor();

    private GrpcGzipCompressor() {}

    /** The compressors a client channel offers: this gzip, and identity. */
    public static CompressorRegistry registry() {
        CompressorRegistry registry = CompressorRegistry.newEmptyInstance();
        registry.register(INSTANCE);
        registry.register(Codec.Identity.NONE);
        return registry;
    }

    @Override
    public String getMessageEncoding() {
        return ContentEncoding.GZIP.token();
    }

    @Override
    public OutputStream compress(OutputStream os) throws IOException {
        return ContentEncoding.GZIP.encoder(os, ContentEncoding.DEFAULT_LEVEL);
    }
}
