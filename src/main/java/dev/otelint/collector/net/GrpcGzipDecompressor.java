package dev.otelint.collector.net;

import io.grpc.Codec;
import io.grpc.Decompressor;
import io.grpc.DecompressorRegistry;
import io.grpc.KnownLength;
import io.grpc.Status;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A server's "gzip" message encoding: inflates a message into one array sized from gzip's trailer, where
 * grpc-java's codec hands out a stream that the parser can only read in growing chunks. A message that inflates
 * beyond the server's limit fails as grpc-java's own check fails it (RESOURCE_EXHAUSTED), without inflating more.
 */
public final class GrpcGzipDecompressor implements Decompressor {
    private final long maxMessageBytes;

    private GrpcGzipDecompressor(long maxMessageBytes) {
        this.maxMessageBytes = maxMessageBytes;
    }

    /** The encodings a server accepts: this gzip, and identity. */
    public static DecompressorRegistry registry(long maxMessageBytes) {
        return DecompressorRegistry.emptyInstance().with(new GrpcGzipDecompressor(maxMessageBytes), true)
                .with(Codec.Identity.NONE, false);
    }

    @Override
    public String getMessageEncoding() {
        return ContentEncoding.GZIP.token();
    }

    @Override
    public InputStream decompress(InputStream frame) throws IOException {
        byte[] sent = BodyReader.readAll(frame, frame.available(), Integer.MAX_VALUE, "message");
        try {
            return new Inflated(BodyReader.gunzip(sent, maxMessageBytes, "message"));
        } catch (BodyTooLargeException e) {
            throw Status.RESOURCE_EXHAUSTED.withDescription("Decompressed gRPC message exceeds maximum size "
                    + maxMessageBytes).asRuntimeException();
        }
    }

    /** The inflated message; KnownLength, so the parser reads it into an array of the right size at once. */
    private static final class Inflated extends ByteArrayInputStream implements KnownLength {
        Inflated(byte[] message) {
            super(message);
        }
    }
}
