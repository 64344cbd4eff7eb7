package dev.otelint.push;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.component.Component;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.ExtensionFactory;
import dev.otelint.collector.component.StorageClient;
import dev.otelint.collector.component.StorageExtension;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory storage extension (type {@value #TYPE}) push gives the filelog receivers of a raw-log push, so that
 * it can see the offsets they checkpoint after every poll: the honest signal that the files were read to the end.
 */
final class OffsetStorageFactory implements ExtensionFactory<OffsetStorageFactory.Config> {
    static final String TYPE = "otelint_push_offsets";

    private final Map<String, byte[]> values = new ConcurrentHashMap<>();

    /** The extension has no settings. */
    static final class Config {}

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Config createDefaultConfig() {
        return new Config();
    }

    /** The last value each client set under {@code key} (one per filelog receiver). */
    List<byte[]> latest(String key) {
        return values.entrySet().stream().filter(e -> e.getKey().endsWith("/" + key)).map(Map.Entry::getValue)
                .toList();
    }

    @Override
    public Component createExtension(ComponentSettings settings, Config config) {
        return new StorageExtension() {
            @Override
            public StorageClient client(ComponentKind kind, ComponentId component, String name) {
                String prefix = kind + "/" + component + "/" + name + "/";
                return new StorageClient() {
                    @Override
                    public byte[] get(String key) {
                        return null; // every push starts at the beginning of its files
                    }

                    @Override
                    public void set(String key, byte[] value) {
                        values.put(prefix + key, value);
                    }

                    @Override
                    public void delete(String key) {
                        values.remove(prefix + key);
                    }

                    @Override
                    public void close() {
                        // nothing held
                    }
                };
            }
        };
    }
}
