package dev.otelint.collector.exporter.helper;

/** Sends one request to the peer, once; a request the peer answered may still have items it refused. */
public interface RequestSender<T> {
    SendResult send(T request) throws ExportFailure;

    default void start() {}

    default void shutdown() {}
}
