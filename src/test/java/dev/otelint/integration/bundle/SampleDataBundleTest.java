package dev.otelint.integration.bundle;

import static dev.otelint.integration.bundle.BundledTemplates.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.cli.CliRun;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Large sample data is bundled whole with a warning, or cut by --max-sample-records with a finding: never dropped unsaid. */
class SampleDataBundleTest {
    private static final int RECORDS = 3000;

    @TempDir
    Path tmp;
    Path dir;
    Path out;

    @BeforeEach
    void largeSample() throws IOException {
        dir = IntegrationFixture.write(tmp, "web", "1.0.0");
        out = tmp.resolve("bundle.ndjson");
        try (Writer w = Files.newBufferedWriter(dir.resolve("data/sample.ndjson"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < RECORDS; i++) {
                w.write("{\"@timestamp\":\"2024-01-01T00:00:00Z\",\"body\":\"" + "x".repeat(400) + i + "\"}\n");
            }
        }
    }

    private String sampleData() throws IOException {
        return BundledTemplates.lines(Files.readString(out)).get(0).get("attributes").get("sampleData").get("data").asText();
    }

    @Test
    void largeSampleDataIsKeptWholeWithAWarningGivingItsSizeAndRecords() throws IOException {
        CliRun run = CliRun.of("bundle", "--output", out.toString(), dir.toString());

        assertThat(run.exitCode()).isZero();
        long inlined = Files.size(dir.resolve("data/sample.ndjson")) + 1; // lines in brackets: 3000 newlines become 2999 commas
        assertThat(run.err()).contains("warning [bundle.large-sample-data]")
                .contains("the template inlines 1.3 MiB of sample data (3000 records), over 1 MiB")
                .contains("actual:   " + inlined + " bytes")
                .contains("fix: --max-sample-records " + RECORDS * (1L << 20) / inlined + " keeps about 1 MiB");
        assertThat(JSON.readTree(sampleData())).hasSize(RECORDS);
    }

    @Test
    void failOnWarningRefusesTheBundleAndLeavesThePreviousOneInPlace() throws IOException {
        Files.writeString(out, "previous bundle\n");

        CliRun run = CliRun.of("bundle", "--fail-on", "warning", "--output", out.toString(), dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("[bundle.large-sample-data]").contains("no bundle written");
        assertThat(Files.readString(out)).isEqualTo("previous bundle\n");
        try (var files = Files.list(tmp)) {
            assertThat(files).as("no temporary file left behind").extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder("web", "bundle.ndjson");
        }
    }

    @Test
    void maxSampleRecordsKeepsTheFirstRecordsAndSaysHowManyWereDropped() throws IOException {
        CliRun run = CliRun.of("bundle", "--max-sample-records", "10", "--output", out.toString(), dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("info [bundle.sample-records-dropped]")
                .contains("--max-sample-records 10 kept the first 10 of 3000 records; 2990 are not bundled")
                .doesNotContain("bundle.large-sample-data");
        String kept = String.join(",", BundledTemplates.ndjsonLines(Files.readString(dir.resolve("data/sample.ndjson")))
                .subList(0, 10));
        assertThat(sampleData()).isEqualTo("[" + kept + "]");
    }

    @Test
    void maxSampleRecordsCutsAJsonArrayAfterItsLastKeptElement() throws IOException {
        String array = "[\n  {\"body\": \"\u00e9\u00e9\"},\n  {\"body\": \"b\"},\n  {\"body\": \"c\"}\n]\n";
        Files.writeString(dir.resolve("data/sample.ndjson"), array);

        assertThat(CliRun.of("bundle", "--max-sample-records", "2", "--output", out.toString(), dir.toString())
                .exitCode()).isZero();
        assertThat(sampleData()).isEqualTo("[\n  {\"body\": \"\u00e9\u00e9\"},\n  {\"body\": \"b\"}]");

        assertThat(CliRun.of("bundle", "--max-sample-records", "0", "--output", out.toString(), dir.toString())
                .exitCode()).isZero();
        assertThat(sampleData()).isEqualTo("[]");
    }

    @Test
    void aNegativeMaxSampleRecordsIsABadInvocation() {
        CliRun run = CliRun.of("bundle", "--max-sample-records", "-1", "--output", out.toString(), dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("otelint: --max-sample-records: expected a number >= 0, got -1\n");
    }

    @Test
    void sampleDataThatIsNotAnArrayOfObjectsIsRefused() throws IOException {
        Files.writeString(dir.resolve("data/sample.ndjson"), "{\"body\": \"one record, not an array\"}\n");
        CliRun single = CliRun.of("bundle", "--output", out.toString(), dir.toString());

        Files.writeString(dir.resolve("data/sample.ndjson"), "{\"body\": \"a\"}\n42\n");
        CliRun number = CliRun.of("bundle", "--output", out.toString(), dir.toString());

        Files.writeString(dir.resolve("data/sample.ndjson"), "{\"body\": \"a\"}\n{body: 'b'}\n");
        CliRun json5 = CliRun.of("bundle", "--output", out.toString(), dir.toString());

        assertThat(single.exitCode()).isEqualTo(1);
        assertThat(single.err()).contains("error [integration.sample-data-shape]")
                .contains("one JSON value that is not an array");
        assertThat(number.err()).contains("sample.ndjson: record 2: error [integration.sample-data-shape] record 2 is not a JSON object");
        assertThat(json5.err()).contains("error [integration.sample-data-shape] neither one JSON value nor NDJSON: 2:");
        assertThat(out).doesNotExist();
    }
}
