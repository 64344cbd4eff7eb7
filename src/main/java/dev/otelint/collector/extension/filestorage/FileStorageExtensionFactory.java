package dev.otelint.collector.extension.filestorage;

import dev.otelint.collector.component.Component;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.ExtensionFactory;

/** The "file_storage" extension: durable key-value stores for components (filelog offsets, queues). */
public final class FileStorageExtensionFactory implements ExtensionFactory<FileStorageConfig> {
    @Override
    public String type() {
        return "file_storage";
    }

    @Override
    public FileStorageConfig createDefaultConfig() {
        return new FileStorageConfig();
    }

    @Override
    public Component createExtension(ComponentSettings settings, FileStorageConfig config) {
        return new FileStorage(config);
    }
}
