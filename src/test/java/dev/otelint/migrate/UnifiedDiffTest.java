package dev.otelint.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnifiedDiffTest {

    @TempDir
    Path dir;

    @Test
    void changesMoreThanSixLinesApartAreSeparateHunksWithThreeLinesOfContext() throws IOException {
        String diff = diff(lines(1, 20), lines(1, 20).replace("l3\n", "L3\n").replace("l14\n", "L14\n"));

        assertThat(diff).isEqualTo("""
                --- a/x.ndjson
                +++ b/x.ndjson
                @@ -1,6 +1,6 @@
                 l1
                 l2
                -l3
                +L3
                 l4
                 l5
                 l6
                @@ -11,7 +11,7 @@
                 l11
                 l12
                 l13
                -l14
                +L14
                 l15
                 l16
                 l17
                """);
    }

    @Test
    void changesWhoseContextsTouchShareAHunk() throws IOException {
        String diff = diff(lines(1, 12), lines(1, 12).replace("l2\n", "L2\n").replace("l9\n", "L9\n"));

        assertThat(diff).contains("\n@@ -1,12 +1,12 @@\n");
        assertThat(diff.split("\n@@ ", -1)).hasSize(2);
    }

    @Test
    void aLastLineWithoutNewlineIsMarkedOnBothSides() throws IOException {
        String diff = diff("a\nb", "a\nB");

        assertThat(diff).isEqualTo("""
                --- a/x.ndjson
                +++ b/x.ndjson
                @@ -1,2 +1,2 @@
                 a
                -b
                \\ No newline at end of file
                +B
                \\ No newline at end of file
                """);
    }

    @Test
    void identicalFilesGiveNoDiff() throws IOException {
        assertThat(diff("a\n", "a\n")).isEmpty();
    }

    private String diff(String before, String after) throws IOException {
        Path a = Files.writeString(dir.resolve("a"), before);
        Path b = Files.writeString(dir.resolve("b"), after);
        StringWriter out = new StringWriter();
        UnifiedDiff.write("x.ndjson", a, b, out);
        return out.toString();
    }

    private static String lines(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "l" + i + "\n").collect(Collectors.joining());
    }
}
