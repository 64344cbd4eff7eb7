package dev.otelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sending_queue.storage through the CLI: a missing or wrong extension stops the run with the collector's error. */
class CollectorPersistentQueueCommandTest {
    @TempDir
    Path dir;

    private String config(String storage, String extensions) throws Exception {
        Path file = dir.resolve("a.yaml");
        Files.writeString(file, "extensions: {file_storage/x: {directory: '" + dir + "'}, health_check: {endpoint: "
                + "'localhost:0'}}\nreceivers: {otlp: {protocols: {http: {endpoint: 'localhost:0'}}}}\n"
                + "exporters: {otlphttp: {endpoint: 'http://localhost:1', sending_queue: {storage: " + storage + "}}}\n"
                + "service: {extensions: " + extensions + ", pipelines: {logs: {receivers: [otlp], exporters: [otlphttp]}}}\n",
                StandardCharsets.UTF_8);
        return file.toString();
    }

    @Test
    void storageNamingAnExtensionTheServiceDoesNotStartIsABadInput() throws Exception {
        CliRun run = CliRun.of("collector", "run", "--config", config("file_storage/x", "[]"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("exporters::otlphttp: no storage client extension found: file_storage/x");
    }

    @Test
    void storageNamingAnExtensionThatStoresNothingIsABadInput() throws Exception {
        CliRun run = CliRun.of("collector", "run", "--config", config("health_check", "[health_check]"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("requested extension is not a storage extension: health_check");
    }

    @Test
    void aStorageIdThatIsNoComponentIdIsAConfigError() throws Exception {
        CliRun run = CliRun.of("collector", "validate", "--config", config("'file_storage/'", "[file_storage/x]"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("exporters::otlphttp").contains("the part after / should not be empty");
    }
}
