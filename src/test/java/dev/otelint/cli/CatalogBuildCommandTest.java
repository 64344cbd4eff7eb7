package dev.otelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.catalog.SemconvCliRun;
import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.catalog.SemconvTestModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogBuildCommandTest {

    @Test
    void writesTheRegistryOfAModelIntoTheOutputDirectory(@TempDir Path dir) {
        Path output = dir.resolve("catalog/semconv/0.1.0");
        SemconvCliRun run = SemconvCliRun.of("catalog", "build", "--semconv", SemconvTestModel.FIXTURE.toString(),
                "--output", output.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).contains("registry.json: semconv 0.1.0, 19 attributes, 5 metrics, 6 groups");
        SemconvRegistry written = SemconvRegistry.resolve(output.toString());
        assertThat(written.attributes()).containsExactlyElementsOf(SemconvTestModel.fixture().attributes());
    }

    @Test
    void recordsTheVersionGivenOnTheCommandLine(@TempDir Path dir) {
        SemconvCliRun.of("catalog", "build", "--semconv", SemconvTestModel.FIXTURE.toString(), "--output", dir.toString(),
                "--semconv-version", "0.2.0");
        assertThat(SemconvRegistry.resolve(dir.toString()).version()).isEqualTo("0.2.0");
    }

    @Test
    void reportsABrokenModelOnOneLineWithExitCode2(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), "groups:\n  - id: registry.x\n    attributes: []\n");
        SemconvCliRun run = SemconvCliRun.of("catalog", "build", "--semconv", dir.toString(), "--output",
                dir.resolve("out").toString(), "--semconv-version", "1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("otelint: " + dir.resolve("bad.yaml") + ":2:5: expected a \"type\" field");
    }
}
