package dev.otelint.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LintSummaryTest {

    @Test
    void theTotalRowKeepsTheColumnsWhenTheNamesAreShorterThanIt() {
        StringWriter out = new StringWriter();
        LintSummary.write(List.of(new LintResult(Path.of("a"), 1, 2, 0, Duration.ofMillis(10)),
                new LintResult(Path.of("b"), 0, 0, 0, Duration.ofMillis(20))), new PrintWriter(out));
        assertThat(out.toString().lines().toList()).containsExactly(
                "integration     errors  warnings      time",
                "a                    1         2    0.01 s",
                "b                    0         0    0.02 s",
                "2 integrations       1         2    0.03 s");
    }
}
