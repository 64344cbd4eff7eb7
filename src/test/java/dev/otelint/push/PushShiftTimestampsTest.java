package dev.otelint.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.otelint.records.Record;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --shift-timestamps: the newest record lands at now, the spacing between records stays. */
class PushShiftTimestampsTest {
    private static final Path NGINX = Path.of("examples/nginx");

    @TempDir
    Path dir;

    @Test
    void theNewestRecordIsNowAndTheSpacingStays() throws Exception {
        Path out = dir.resolve("out.json");
        PushRun run = PushRun.run("--shift-timestamps", "--to", "file=" + out, NGINX.toString());
        Instant now = Instant.now();
        assertThat(run.code()).as(run.out() + run.err()).isZero();

        List<Instant> sent = new ArrayList<>();
        new ObjectMapper().readTree(NGINX.resolve("data/sample.json").toFile())
                .forEach(doc -> sent.add(Instant.parse(doc.path("@timestamp").asText())));
        List<Instant> received = new ArrayList<>();
        for (Record r : PushRun.records(out)) {
            received.add(Instant.parse(r.document().get("@timestamp").text()));
        }
        assertThat(received).hasSize(20);
        Instant newest = received.stream().max(Instant::compareTo).orElseThrow();
        assertThat(Duration.between(newest, now)).isBetween(Duration.ZERO, Duration.ofSeconds(10));
        Duration offset = Duration.between(sent.get(0), received.get(0));
        assertThat(offset).isGreaterThan(Duration.ofDays(300)); // the samples are from 2023
        for (int i = 0; i < sent.size(); i++) {
            assertThat(Duration.between(sent.get(i), received.get(i))).as("record " + i).isEqualTo(offset);
        }
    }

    @Test
    void otlpInputIsShiftedToo() throws Exception {
        Path input = OtlpFiles.logs(dir, 2, 2);
        Path out = dir.resolve("out.json");
        PushRun run = PushRun.run("--shift-timestamps", "--to", "file=" + out, input.toString());
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        for (Record r : PushRun.records(out)) {
            Instant time = Instant.parse(r.document().get("@timestamp").text());
            assertThat(Duration.between(time, Instant.now())).isBetween(Duration.ZERO, Duration.ofSeconds(10));
        }
    }

    @Test
    void generatedLoadCannotBeShifted() {
        PushRun run = PushRun.run("--shift-timestamps", "--gen", "logs", "--count", "5");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("otelint: --shift-timestamps applies to records read from files")
                .doesNotContain("\n");
    }
}
