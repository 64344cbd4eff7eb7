package dev.otelint.collector.exporter.helper;

import com.google.protobuf.Message;

/** Sends one request to the peer, once; a request the peer answered may still have items it refused. */
public interface RequestSender<T extends Message> {
    SendResult send(ExportRequest<T> request) throws ExportFailure;

    /**
     * True when {@link #send} only needs the request's protobuf encoding: the sending queue then encodes each
     * request as it is queued and keeps only the bytes.
     */
    default boolean sendsProtobuf() {
        return false;
    }

    default void start() {}

    default void shutdown() {}
}
