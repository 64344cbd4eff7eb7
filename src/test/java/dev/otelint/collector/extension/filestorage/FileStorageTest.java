package dev.otelint.collector.extension.filestorage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.component.StorageClient;
import dev.otelint.collector.component.StorageExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStorageTest {
    @TempDir
    Path dir;

    private StorageExtension started(FileStorageConfig config) {
        StorageExtension s = (StorageExtension) new FileStorageExtensionFactory().createExtension(null, config);
        s.start(null);
        return s;
    }

    private FileStorageConfig config(Path directory) {
        FileStorageConfig c = new FileStorageConfig();
        c.directory = directory.toString();
        return c;
    }

    @Test
    void valuesSurviveANewClientOnTheSameFileAndClientsAreSeparate() {
        StorageExtension storage = started(config(dir));
        StorageClient a = storage.client(ComponentKind.RECEIVER, ComponentId.parse("filelog/app"), "");
        a.set("k", "v1".getBytes(StandardCharsets.UTF_8));
        a.set("gone", new byte[] {1});
        a.delete("gone");
        StorageClient other = storage.client(ComponentKind.EXPORTER, ComponentId.parse("otlp"), "queue");
        other.set("k", new byte[] {9});
        a.close(); // one client per store at a time

        StorageClient reopened = started(config(dir)).client(ComponentKind.RECEIVER, ComponentId.parse("filelog/app"), "");
        assertThat(new String(reopened.get("k"), StandardCharsets.UTF_8)).isEqualTo("v1");
        assertThat(reopened.get("gone")).isNull();
        assertThat(dir.resolve("receiver_filelog_app")).exists();
        assertThat(dir.resolve("exporter_otlp__queue")).exists();
        assertThat(dir.resolve("receiver_filelog_app.tmp")).doesNotExist();
    }

    @Test
    void theDirectoryMustExistUnlessCreateDirectoryIsSet() {
        FileStorageConfig missing = config(dir.resolve("a/b"));
        assertThatThrownBy(missing::validate).hasMessageContaining("directory must exist")
                .hasMessageContaining("create_directory");
        missing.createDirectory = true;
        missing.validate();
        started(missing);
        assertThat(dir.resolve("a/b")).isDirectory();
    }

    @Test
    void aDamagedFileIsReportedNotIgnored() throws Exception {
        Files.writeString(dir.resolve("receiver_filelog_"), "not a store");
        StorageExtension storage = started(config(dir));
        assertThatThrownBy(() -> storage.client(ComponentKind.RECEIVER, ComponentId.parse("filelog"), ""))
                .hasMessageContaining("is not an otelint storage file");
    }
}
