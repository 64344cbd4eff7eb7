package dev.otelint.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValueTablesTest {

    @TempDir
    Path dir;

    @Test
    void keepsValuesVerbatimAndSkipsCommentsAndBlankLines() throws IOException {
        Files.writeString(dir.resolve("long.values"), "# boundaries\n1e3\n\n  -0.0  \n9223372036854775808\n");

        assertThat(ValueTables.read(dir).values("long")).containsExactly("1e3", "-0.0", "9223372036854775808");
    }

    @Test
    void expandsIncludesAndRepeats() throws IOException {
        Files.writeString(dir.resolve("text.values"), "\"t\"\n!repeat ab 3\n");
        Files.writeString(dir.resolve("wildcard.values"), "!include text\n\"w\"\n");

        assertThat(ValueTables.read(dir).values("wildcard")).containsExactly("\"t\"", "\"ababab\"", "\"w\"");
    }

    @Test
    void anUnknownTableHasNoValues() {
        assertThat(ValueTables.read(dir).values("geo_shape")).isEmpty();
    }

    @Test
    void reportsAnIncludeCycle() throws IOException {
        Files.writeString(dir.resolve("a.values"), "!include b\n");
        Files.writeString(dir.resolve("b.values"), "!include a\n");

        assertThatThrownBy(() -> ValueTables.read(dir).values("a")).hasMessageContaining("cycle");
    }
}
