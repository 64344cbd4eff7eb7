package dev.otelint.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress lines (not a terminal: one per interval on stderr) know the total, so the ETA, when it is cheap. */
class PushProgressTest {
    @TempDir
    Path dir;

    @Test
    void generatedCountIsTheTotal() {
        PushRun run = PushRun.run("--gen", "traces", "--count", "100", "--rate", "100", "--progress-interval", "500ms",
                "--to", "file=" + dir.resolve("out.json"));
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).containsPattern("sent \\d+/200 \\(\\d+/s\\) \\| failed 0 \\| ETA \\d+s");
    }

    @Test
    void ndjsonLinesAreTheTotal() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            lines.append("{\"@timestamp\": \"2024-01-01T00:00:").append(String.format("%02d", i))
                    .append("Z\", \"body\": \"line ").append(i).append("\"}\n\n");
        }
        Path input = dir.resolve("docs.ndjson");
        Files.writeString(input, lines);
        PushRun run = PushRun.run("--rate", "20", "--progress-interval", "500ms", "--to", "file=" + dir.resolve("o.json"),
                input.toString());
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).containsPattern("sent \\d+/30 ");
    }
}
