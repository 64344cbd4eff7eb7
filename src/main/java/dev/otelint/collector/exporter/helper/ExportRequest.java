package dev.otelint.collector.exporter.helper;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.WireEncodings;

/**
 * One request on its way through an exporter: the OTLP message or its protobuf encoding (each made from the
 * other when first asked for), and its item count. A queue keeps the encoding for senders that send it as it
 * is: about a fifth of the memory of the message objects, which matters with num_consumers batches of 8192 spans
 * in flight and queue_size more waiting.
 */
public final class ExportRequest<T extends Message> {
    private final SignalType<T> signal;
    private final int items;
    private T message;
    private byte[] protobuf;

    private ExportRequest(SignalType<T> signal, T message, byte[] protobuf, int items) {
        this.signal = signal;
        this.message = message;
        this.protobuf = protobuf;
        this.items = items;
    }

    public static <T extends Message> ExportRequest<T> of(SignalType<T> signal, T message) {
        return new ExportRequest<>(signal, message, null, signal.itemCount(message));
    }

    /** A request read back from its encoding; the bytes must decode (see {@link #decode}). */
    static <T extends Message> ExportRequest<T> ofProtobuf(SignalType<T> signal, byte[] protobuf, int items) {
        return new ExportRequest<>(signal, null, protobuf, items);
    }

    /** Spans, log records or data points. */
    public int items() {
        return items;
    }

    public synchronized T message() {
        if (message == null) {
            try {
                message = decode(signal, protobuf);
            } catch (InvalidProtocolBufferException e) { // only our own encodings get here
                throw new IllegalStateException("a queued request does not decode: " + e.getMessage(), e);
            }
        }
        return message;
    }

    public synchronized byte[] protobuf() {
        if (protobuf == null) {
            byte[] arrived = WireEncodings.of(message);
            protobuf = arrived != null ? arrived : message.toByteArray();
        }
        return protobuf;
    }

    /** This request holding only its encoding, so that the message objects can be collected. */
    ExportRequest<T> encodedOnly() {
        return message == null ? this : new ExportRequest<>(signal, null, protobuf(), items);
    }

    @SuppressWarnings("unchecked")
    static <T extends Message> T decode(SignalType<T> signal, byte[] protobuf) throws InvalidProtocolBufferException {
        return (T) signal.empty().getParserForType().parseFrom(protobuf);
    }
}
