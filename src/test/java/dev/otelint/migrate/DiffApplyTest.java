package dev.otelint.migrate;

import static dev.otelint.migrate.MigrateFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.cli.CliRun;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The diff migrate prints, applied by the real patch and git apply, gives exactly what --write gives.
 * The inputs live under target/ so that their paths are relative to the working directory, as the
 * diff's file names must be for `patch -p1`.
 */
class DiffApplyTest {
    private static final List<String> FIXTURES = List.of("assets/bundle.ndjson", "assets/dashboard.json",
            "records/flat.ndjson", "records/otlp.json", "records/array.json");

    private final Path base = Path.of("target", "migrate-diff-test", UUID.randomUUID().toString());

    @AfterEach
    void cleanUp() throws IOException {
        try (Stream<Path> files = Files.walk(base)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    @Test
    void patchReproducesWrite() throws Exception {
        assumeTool("patch", "--version");
        Path patched = fixtures("patched");
        Path written = fixtures("written");
        Path diff = diff(patched);
        CliRun.of("migrate", "--write", written.toString());

        Process patch = new ProcessBuilder("patch", "-p1", "--batch", "--forward", "-i", diff.toString())
                .redirectErrorStream(true).start();
        String output = new String(patch.getInputStream().readAllBytes());

        assertThat(patch.waitFor(60, TimeUnit.SECONDS) && patch.exitValue() == 0).as(output).isTrue();
        assertSameFiles(patched, written);
    }

    @Test
    void gitApplyReproducesWrite() throws Exception {
        assumeTool("git", "--version");
        Path patched = fixtures("patched");
        Path written = fixtures("written");
        Path diff = diff(patched);
        CliRun.of("migrate", "--write", written.toString());

        Process apply = new ProcessBuilder("git", "apply", diff.toString())
                .redirectErrorStream(true).start();
        String output = new String(apply.getInputStream().readAllBytes());

        assertThat(apply.waitFor(60, TimeUnit.SECONDS) && apply.exitValue() == 0).as(output).isTrue();
        assertSameFiles(patched, written);
    }

    private Path fixtures(String name) throws IOException {
        Path dir = base.resolve(name);
        Files.createDirectories(dir);
        for (String fixture : FIXTURES) {
            Files.copy(MigrateFixtures.RESOURCES.resolve(fixture), dir.resolve(Path.of(fixture).getFileName()));
        }
        return dir;
    }

    private Path diff(Path dir) throws IOException {
        CliRun run = CliRun.of("migrate", dir.toString());
        assertThat(run.out()).contains("--- a/" + dir.toString().replace(File.separatorChar, '/') + "/bundle.ndjson");
        return Files.writeString(base.resolve("migrate.diff"), run.out());
    }

    private static void assertSameFiles(Path patched, Path written) {
        for (String fixture : FIXTURES) {
            String name = Path.of(fixture).getFileName().toString();
            assertThat(read(patched.resolve(name))).as(name).isEqualTo(read(written.resolve(name)))
                    .isNotEqualTo(read(MigrateFixtures.RESOURCES.resolve(fixture)));
        }
    }

    private static void assumeTool(String... command) {
        boolean present;
        try {
            present = new ProcessBuilder(command).redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            present = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            present = false;
        }
        if (!present) {
            System.err.println("DiffApplyTest: skipped: `" + command[0] + "` is not installed");
        }
        Assumptions.assumeTrue(present, command[0] + " is not installed");
    }
}
