package dev.otelint.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void directoriesYieldTheWantedFilesInSortedOrderAndFilesAreKeptAsGiven() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Path nested = Files.writeString(dir.resolve("b/z.ndjson"), "");
        Path top = Files.writeString(dir.resolve("a.ndjson"), "");
        Files.writeString(dir.resolve("notes.txt"), "");
        Path given = Files.writeString(dir.resolve("given.txt"), "");

        List<Path> skipped = new ArrayList<>();

        List<Path> files = InputFiles.expand(List.of(given, dir),
                file -> file.getFileName().toString().endsWith(".ndjson"), skipped::add);

        assertThat(files).containsExactly(given, top, nested);
        // given.txt is under dir too, but it was given by name: it is read, not noted as skipped
        assertThat(skipped).containsExactly(dir.resolve("notes.txt"));
    }

    @Test
    void aMissingPathIsBadInputNamingIt() {
        Path missing = dir.resolve("nope");

        assertThatThrownBy(() -> InputFiles.expand(List.of(missing), file -> true, file -> { }))
                .isInstanceOf(BadInputException.class)
                .hasMessage(missing + ": cannot read: no such file or directory");
    }
}
