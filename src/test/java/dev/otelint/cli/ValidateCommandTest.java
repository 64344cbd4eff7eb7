package dev.otelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `otelint validate` end to end, in-process, on a small schemas/ dir and NDJSON file. */
class ValidateCommandTest {
    private static final String SCHEMAS = "src/test/resources/validate/schemas";
    private static final String RECORDS = "src/test/resources/validate/records.ndjson";

    @Test
    void reportsEveryProblemOfEveryRecordWithItsPosition() throws IOException {
        CliRun run = CliRun.of("validate", "--schema", SCHEMAS, "--format", "json", RECORDS);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.at("/summary/files").asInt()).isEqualTo(1);
        assertThat(report.at("/summary/records").asInt()).isEqualTo(5);
        assertThat(findings(report)).contains(
                "mapping.coerced warning 2 http.response.status_code",
                "mapping.type-mismatch error 3 http.response.status_code",
                "json.syntax error 4 null",
                "mapping.strict-dynamic error 5 level",
                "semconv.deprecated warning 6 attributes.http.url");
        JsonNode mismatch = findingOf(report, "mapping.type-mismatch");
        assertThat(mismatch.get("file").asText()).isEqualTo(RECORDS);
        assertThat(mismatch.get("line").asInt()).isEqualTo(3);
        assertThat(mismatch.get("column").asInt()).isEqualTo(85); // the opening quote of "2xx"
        assertThat(mismatch.get("actual").asText()).isEqualTo("\"2xx\"");
        assertThat(findingOf(report, "semconv.deprecated").get("fix").asText()).contains("url.full");
    }

    @Test
    void failOnDecidesTheExitCode() {
        assertThat(CliRun.of("validate", "--schema", SCHEMAS, "--fail-on", "none", RECORDS).exitCode())
                .isEqualTo(ExitCodes.CLEAN);
    }

    @Test
    void cleanRecordsExitZero(@TempDir Path dir) throws IOException {
        Path clean = dir.resolve("clean.ndjson");
        Files.writeString(clean, "{\"@timestamp\":\"2024-05-01T10:00:00Z\",\"body\":\"ok\"}\n");
        CliRun run = CliRun.of("validate", "--schema", SCHEMAS, clean.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).contains("1 file, 1 record: 0 errors, 0 warnings, 0 infos");
    }

    @Test
    void withoutASchemaEachRecordUsesTheCatalogTemplateOfItsSignal(@TempDir Path dir) throws IOException {
        Path logs = dir.resolve("logs.ndjson");
        Files.writeString(logs, "{\"@timestamp\":\"2024-05-01T10:00:00Z\",\"body\":\"x\",\"severity\":{\"text\":\"INFO\",\"number\":\"nine\"}}\n");
        CliRun run = CliRun.of("validate", "--format", "json", logs.toString());
        assertThat(run.out()).contains("\"rule\":\"mapping.type-mismatch\"").contains("\"path\":\"severity.number\"");
    }

    @Test
    void recordsOfUnknownSignalAreSaidToBeUncheckedOncePerFile(@TempDir Path dir) throws IOException {
        Path unknown = dir.resolve("unknown.ndjson");
        Files.writeString(unknown, "{\"message\":\"a\"}\n{\"message\":\"b\"}\n");
        CliRun run = CliRun.of("validate", "--format", "json", unknown.toString());
        assertThat(run.out()).contains("\"rule\":\"validate.unknown-signal\"").contains("2 record(s) were not checked");
        assertThat(CliRun.of("validate", "--signal", "logs", "--format", "json", unknown.toString()).out())
                .doesNotContain("validate.unknown-signal");
    }

    @Test
    void badInputsExitTwoWithOneLine() {
        CliRun missing = CliRun.of("validate", "no/such/file.ndjson");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err().trim()).isEqualTo("otelint: no/such/file.ndjson: cannot read: no such file or directory");

        CliRun signal = CliRun.of("validate", "--signal", "events", RECORDS);
        assertThat(signal.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(signal.err()).contains("--signal: expected logs, traces or metrics, got 'events'");

        CliRun both = CliRun.of("validate", "--schema", SCHEMAS, "--integration", ".", RECORDS);
        assertThat(both.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);

        CliRun badSchema = CliRun.of("validate", "--schema", RECORDS, RECORDS);
        assertThat(badSchema.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badSchema.err().lines().count()).isEqualTo(1);
        assertThat(badSchema.err()).startsWith("otelint: " + RECORDS).doesNotContain("\tat ");
    }

    @Test
    void allFiveFormatsRenderTheSameRun() {
        for (String format : List.of("text", "json", "junit", "sarif", "github")) {
            CliRun run = CliRun.of("validate", "--schema", SCHEMAS, "--format", format, RECORDS);
            assertThat(run.exitCode()).as(format).isEqualTo(ExitCodes.FINDINGS);
            assertThat(run.out()).as(format)
                    .contains("mapping.type-mismatch").contains("mapping.strict-dynamic").contains("json.syntax");
        }
    }

    @Test
    void outputGoesToTheNamedFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("reports/otelint.sarif");
        CliRun run = CliRun.of("validate", "--schema", SCHEMAS, "--format", "sarif", "--output", out.toString(), RECORDS);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out)).contains("\"version\":\"2.1.0\"");
    }

    private static List<String> findings(JsonNode report) {
        List<String> found = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            found.add(f.get("rule").asText() + " " + f.get("severity").asText() + " " + f.get("record").asText()
                    + " " + f.get("path").asText());
        }
        return found;
    }

    private static JsonNode findingOf(JsonNode report, String rule) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("rule").asText().equals(rule)) {
                return f;
            }
        }
        throw new AssertionError("no " + rule + " finding in " + report);
    }
}
