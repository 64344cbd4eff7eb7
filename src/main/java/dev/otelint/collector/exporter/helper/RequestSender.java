package dev.otelint.collector.exporter.helper;

/** Sends one request to the peer, once. */
public interface RequestSender<T> {
    void send(T request) throws ExportFailure;

    default void start() {}

    default void shutdown() {}
}
