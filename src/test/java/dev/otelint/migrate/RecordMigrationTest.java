package dev.otelint.migrate;

import static dev.otelint.migrate.MigrateFixtures.copy;
import static dev.otelint.migrate.MigrateFixtures.migrate;
import static dev.otelint.migrate.MigrateFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordMigrationTest {

    @TempDir
    Path dir;

    @Test
    void ndjsonKeysAreRenamedAndEverythingElseIsKeptByteForByte() throws IOException {
        Path file = copy("records/flat.ndjson", dir);

        MigrateFixtures.Run run = migrate(dir, "--write", file.toString());

        assertThat(read(file)).isEqualTo(read(MigrateFixtures.RESOURCES.resolve("records/flat.expected.ndjson")));
        assertThat(run.cli().out()).isEqualTo(file + ": 6 renames\n");
        assertThat(run.cli().exitCode()).isZero();
        assertThat(run.rulesAndNames()).containsExactlyInAnyOrder(
                "migrate.manual-rename attributes.net.peer.name",
                "migrate.not-rewritable attributes.http.method",
                "migrate.rename-collision http.method");
    }

    @Test
    void leftAloneFindingsNameTheLineThePathAndTheReplacement() throws IOException {
        Path file = copy("records/flat.ndjson", dir);

        JsonNode findings = migrate(dir, file.toString()).findings();

        JsonNode nested = find(findings, "migrate.not-rewritable");
        assertThat(nested.path("line").asInt()).isEqualTo(4);
        assertThat(nested.path("path").asText()).isEqualTo("attributes.http.method");
        assertThat(nested.path("expected").asText()).isEqualTo("attributes.http.request.method");
        assertThat(nested.path("message").asText()).contains("record 3", "nested objects");
        JsonNode manual = find(findings, "migrate.manual-rename");
        assertThat(manual.path("expected").asText()).isEqualTo("server.address, client.address");
        assertThat(manual.path("fix").asText()).contains("server.address and/or client.address");
        JsonNode collision = find(findings, "migrate.rename-collision");
        assertThat(collision.path("line").asInt()).isEqualTo(5);
        assertThat(collision.path("message").asText()).contains("\"http.request.method\" is already in the same object");
    }

    @Test
    void otlpAttributeKeysAreRenamedUnlessTheReplacementIsAlreadyInTheList() throws IOException {
        Path file = copy("records/otlp.json", dir);

        MigrateFixtures.Run run = migrate(dir, "--write", file.toString());

        assertThat(read(file)).isEqualTo(read(MigrateFixtures.RESOURCES.resolve("records/otlp.expected.json")));
        assertThat(run.rulesAndNames()).containsExactlyInAnyOrder(
                "migrate.rename-collision http.method", "migrate.manual-rename http.target");
        assertThat(find(run.findings(), "migrate.manual-rename").path("line").asInt()).isEqualTo(7);
    }

    @Test
    void recordsOfAPrettyPrintedArrayAreRenamedInPlace() throws IOException {
        Path file = copy("records/array.json", dir);

        migrate(dir, "--write", file.toString());

        assertThat(read(file)).isEqualTo(read(MigrateFixtures.RESOURCES.resolve("records/array.expected.json")));
    }

    @Test
    void aKeyWrittenWithEscapesIsReportedNotCorrupted() throws IOException {
        Path file = dir.resolve("escaped.ndjson");
        String text = "{\"http\\u002emethod\":\"GET\"}\n";
        Files.writeString(file, text);

        MigrateFixtures.Run run = migrate(dir, "--write", file.toString());

        assertThat(read(file)).isEqualTo(text);
        assertThat(run.rulesAndNames()).containsExactly("migrate.not-rewritable http.method");
        assertThat(run.findings().get(0).path("message").asText()).contains("JSON escapes");
    }

    @Test
    void aFileThatIsNotJsonIsReportedAtItsLineAndLeftUnchanged() throws IOException {
        Path file = dir.resolve("broken.ndjson");
        String text = "{\"http.method\":\"GET\"}\n{\"http.url\": }\n";
        Files.writeString(file, text);

        MigrateFixtures.Run run = migrate(dir, "--write", file.toString());

        assertThat(read(file)).isEqualTo(text);
        assertThat(run.cli().out()).isEmpty();
        assertThat(run.cli().exitCode()).isEqualTo(1);
        assertThat(run.rulesAndNames()).containsExactly("json.syntax");
        assertThat(run.findings().get(0).path("line").asInt()).isEqualTo(2);
        assertThat(run.findings().get(0).path("message").asText()).contains("left unchanged");
    }

    @Test
    void aFileWithoutDeprecatedNamesGivesNoDiff() throws IOException {
        Path file = dir.resolve("clean.ndjson");
        Files.writeString(file, "{\"http.request.method\":\"GET\"}\n");

        MigrateFixtures.Run run = migrate(dir, file.toString());

        assertThat(run.cli().out()).isEmpty();
        assertThat(run.cli().exitCode()).isZero();
        assertThat(run.findings()).isEmpty();
    }

    @Test
    void compressedAndProtobufRecordsInADirectoryAreListedAsNotMigrated() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.write(data.resolve("logs.ndjson.gz"), new byte[] {0x1f, (byte) 0x8b});
        Files.write(data.resolve("spans.binpb"), new byte[] {0x0a});
        Files.writeString(data.resolve("logs.ndjson"), "{\"http.method\":\"GET\"}\n");

        MigrateFixtures.Run run = migrate(dir, "--write", data.toString());

        assertThat(run.cli().out()).isEqualTo(data.resolve("logs.ndjson") + ": 1 rename\n");
        assertThat(run.rulesAndNames()).containsExactly("migrate.not-migrated", "migrate.not-migrated");
        assertThat(run.findings().get(0).path("severity").asText()).isEqualTo("info");
    }

    private static JsonNode find(JsonNode findings, String rule) {
        for (JsonNode f : findings) {
            if (f.path("rule").asText().equals(rule)) {
                return f;
            }
        }
        throw new AssertionError("no " + rule + " in " + findings);
    }
}
