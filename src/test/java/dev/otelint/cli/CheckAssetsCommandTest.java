package dev.otelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `otelint check-assets` end to end, in-process, on a small bundle and the validate test schemas. */
class CheckAssetsCommandTest {
    private static final String SCHEMAS = "src/test/resources/validate/schemas";
    private static final String ASSETS = "src/test/resources/check-assets/assets";

    @Test
    void findsEveryProblemOfTheBundleAgainstTheSchema() throws IOException {
        CliRun run = CliRun.of("check-assets", "--schema", SCHEMAS, "--format", "json", ASSETS);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.at("/summary/files").asInt()).isEqualTo(2);
        List<String> found = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            found.add(f.get("rule").asText() + " " + f.get("path").asText());
        }
        assertThat(found).contains(
                "asset.field-missing visualization/vis-1:visState.aggs[2].params.field",
                "asset.deprecated-field visualization/vis-1:visState.aggs[2].params.field",
                "asset.aggregation-type visualization/vis-1:visState.aggs[3].params.field");
        assertThat(found).noneMatch(f -> f.contains("aggs[1]"));
        assertThat(run.out()).contains("\"rule\":\"asset.not-checked\"").contains("create_table-1.0.0.sql");
    }

    @Test
    void theTextSummaryCountsFilesAndObjectsAndTheJsonSummaryKeepsItsKeys() throws IOException {
        CliRun text = CliRun.of("check-assets", "--schema", SCHEMAS, ASSETS);
        CliRun json = CliRun.of("check-assets", "--schema", SCHEMAS, "--format", "json", ASSETS);

        // app-1.0.0.ndjson holds an index pattern and a visualization; the .sql file is counted, not checked
        assertThat(text.out()).endsWith("2 files, 2 objects: 2 errors, 1 warning, 1 info\n");
        JsonNode summary = new ObjectMapper().readTree(json.out()).get("summary");
        assertThat(summary.fieldNames()).toIterable()
                .containsExactly("files", "records", "errors", "warnings", "infos");
        assertThat(summary.get("records").asInt()).isZero();
    }

    @Test
    void listFieldsPrintsEveryReferenceWithItsResolvedType() {
        CliRun run = CliRun.of("check-assets", "--schema", SCHEMAS, "--list-fields", ASSETS);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).contains("http.response.status_code").contains("integer")
                .contains("http.url").contains("app-*");
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        CliRun missing = CliRun.of("check-assets", "no/such/assets");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err().trim()).isEqualTo("otelint: no/such/assets: cannot read: no such file or directory");

        CliRun both = CliRun.of("check-assets", "--schema", SCHEMAS, "--integration", ".", ASSETS);
        assertThat(both.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(both.err().trim()).isEqualTo("otelint: --schema and --integration: give one of them, not both");

        CliRun nothing = CliRun.of("check-assets");
        assertThat(nothing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(nothing.err()).contains("nothing to check");
    }
}
