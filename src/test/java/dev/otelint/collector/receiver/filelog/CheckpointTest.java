package dev.otelint.collector.receiver.filelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.component.Component;
import dev.otelint.collector.extension.filestorage.FileStorageConfig;
import dev.otelint.collector.extension.filestorage.FileStorageExtensionFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {
    @TempDir
    Path dir;

    private Component storage() {
        FileStorageConfig config = new FileStorageConfig();
        config.directory = dir.resolve("storage").toString();
        config.createDirectory = true;
        Component extension = new FileStorageExtensionFactory().createExtension(null, config);
        extension.start(null);
        return extension;
    }

    private List<String> run(Path log, int expected) throws Exception {
        Component storage = storage();
        try (FileLogHarness h = new FileLogHarness(Map.of(ComponentId.parse("file_storage"), storage))) {
            h.start("include: ['" + log + "']\npoll_interval: 20ms\nstorage: file_storage\n");
            return h.awaitBodies(expected);
        } finally {
            storage.shutdown();
        }
    }

    @Test
    void aRestartResumesWhereTheLastRunStoppedEveryLineExactlyOnce() throws Exception {
        Path log = dir.resolve("app.log");
        Files.writeString(log, "");
        Component storage = storage();
        List<String> firstRun;
        try (FileLogHarness h = new FileLogHarness(Map.of(ComponentId.parse("file_storage"), storage))) {
            h.start("include: ['" + log + "']\npoll_interval: 20ms\nstorage: file_storage\n");
            Thread.sleep(100); // the first poll finds the file empty: start_at end has nothing to skip
            append(log, "line 1 of the first run\nline 2 of the first run\n");
            firstRun = h.awaitBodies(2);
        }
        append(log, "line 3, written while stopped\n");
        List<String> secondRun = run(log, 1);
        append(log, "line 4, after the second run\n");
        List<String> thirdRun = run(log, 1);

        List<String> all = new ArrayList<>(firstRun);
        all.addAll(secondRun);
        all.addAll(thirdRun);
        assertThat(all).containsExactly("line 1 of the first run", "line 2 of the first run",
                "line 3, written while stopped", "line 4, after the second run");
        assertThat(dir.resolve("storage/receiver_filelog_")).exists();
    }

    @Test
    void aStorageIdThatIsNotConfiguredStopsTheStart() {
        try (FileLogHarness h = new FileLogHarness(Map.of())) {
            assertThatThrownBy(() -> h.start("include: ['" + dir + "/*.log']\nstorage: file_storage/missing\n"))
                    .hasMessageContaining("storage extension 'file_storage/missing' not found");
        }
    }

    private static void append(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
