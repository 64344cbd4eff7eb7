package dev.otelint.collector.extension.filestorage;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.component.Host;
import dev.otelint.collector.component.StorageClient;
import dev.otelint.collector.component.StorageExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The running file_storage extension: one file per client in {@code directory}, named as the collector
 * names its databases ({@code receiver_filelog_NAME[_STORAGE]}, characters other than letters, digits,
 * '.', '-' and '_' replaced by '_'), never outside the directory.
 */
final class FileStorage implements StorageExtension {
    private final FileStorageConfig config;
    private Path directory;

    FileStorage(FileStorageConfig config) {
        this.config = config;
    }

    @Override
    public void start(Host host) {
        directory = Path.of(config.directory).toAbsolutePath().normalize();
        if (config.createDirectory && !Files.isDirectory(directory)) {
            try {
                Files.createDirectories(directory);
                setPermissions();
            } catch (IOException e) {
                throw new UncheckedIOException("file_storage: cannot create directory " + directory, e);
            }
        }
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("directory must exist: " + directory);
        }
    }

    private void setPermissions() throws IOException {
        int mode = Integer.parseInt(config.directoryPermissions, 8);
        StringBuilder rwx = new StringBuilder();
        for (int shift = 6; shift >= 0; shift -= 3) {
            int bits = mode >> shift & 7;
            rwx.append((bits & 4) != 0 ? 'r' : '-').append((bits & 2) != 0 ? 'w' : '-')
                    .append((bits & 1) != 0 ? 'x' : '-');
        }
        try {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString(rwx.toString()));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the platform's defaults apply
        }
    }

    @Override
    public StorageClient client(ComponentKind kind, ComponentId component, String name) {
        String fileName = kind.label() + "_" + component.type() + "_" + component.name()
                + (name.isEmpty() ? "" : "_" + name);
        Path file = directory.resolve(fileName.replaceAll("[^A-Za-z0-9._-]", "_")).normalize();
        if (!file.getParent().equals(directory)) {
            throw new IllegalArgumentException("file_storage: client name escapes the directory: " + fileName);
        }
        return new FileStorageClient(file, config.fsync, config.timeout);
    }
}
