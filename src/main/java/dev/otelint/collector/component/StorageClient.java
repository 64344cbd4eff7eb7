package dev.otelint.collector.component;

/**
 * A component's durable key-value store (the collector's storage.Client). A value set is on disk when
 * {@link #set} returns; a missing key reads as null.
 */
public interface StorageClient extends AutoCloseable {
    byte[] get(String key);

    void set(String key, byte[] value);

    void delete(String key);

    @Override
    void close();
}
