package dev.otelint.collector.extension.filestorage;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.component.ValidatedConfig;
import dev.otelint.collector.config.ConfigNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The file_storage extension's settings, names and defaults as in collector-contrib (Linux defaults). */
public final class FileStorageConfig implements ValidatedConfig {
    @ConfigKey("directory")
    public String directory = "/var/lib/otelcol/file_storage";

    /** How long opening a store waits for another client (another process) to release it. */
    @ConfigKey("timeout")
    public Duration timeout = Duration.ofSeconds(1);

    @ConfigKey("create_directory")
    public boolean createDirectory;

    /** Octal permissions of a directory create_directory makes. */
    @ConfigKey("directory_permissions")
    public String directoryPermissions = "0750";

    /** Sync every write to disk before it returns. */
    @ConfigKey("fsync")
    public boolean fsync;

    /** bbolt compaction settings in the collector; otelint's stores are rewritten whole, so never need it. */
    @ConfigKey("compaction")
    public ConfigNode compaction;

    @Override
    public void validate() {
        if (!createDirectory && !Files.isDirectory(Path.of(directory))) {
            throw new IllegalArgumentException("directory must exist: " + directory
                    + ". You can enable the create_directory option to automatically create it");
        }
        if (!directoryPermissions.matches("0?[0-7]{3}")) {
            throw new IllegalArgumentException("directory_permissions value must be a valid octal representation: "
                    + directoryPermissions);
        }
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative");
        }
    }
}
