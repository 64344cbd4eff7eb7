package dev.otelint.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.otelint.cli.CliRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Copies test inputs into a temporary directory and runs `otelint migrate` over them. */
final class MigrateFixtures {
    static final Path RESOURCES = Path.of("src/test/resources/migrate");
    private static final ObjectMapper JSON = new ObjectMapper();

    private MigrateFixtures() {}

    /** Copies a resource to {@code dir}/in/, beside which the report is written. */
    static Path copy(String resource, Path dir) throws IOException {
        Path target = dir.resolve("in").resolve(Path.of(resource).getFileName().toString());
        Files.createDirectories(target.getParent());
        Files.copy(RESOURCES.resolve(resource), target);
        return target;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs migrate with a JSON report written to {@code dir}/report.json; returns the run and the findings. */
    static Run migrate(Path dir, String... args) throws IOException {
        Path report = dir.resolve("report.json");
        List<String> all = new ArrayList<>(List.of("migrate", "--format", "json", "--output", report.toString()));
        all.addAll(List.of(args));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        JsonNode findings = Files.exists(report) ? JSON.readTree(report.toFile()).path("findings") : null;
        return new Run(run, findings);
    }

    record Run(CliRun cli, JsonNode findings) {

        /** "rule actual" of every finding, in report order. */
        List<String> rulesAndNames() {
            List<String> out = new ArrayList<>();
            findings.forEach(f -> out.add((f.path("rule").asText() + " " + f.path("actual").asText("")).strip()));
            return out;
        }
    }
}
