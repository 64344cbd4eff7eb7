package dev.otelint.report;

import static dev.otelint.report.SampleReports.PLAIN;
import static dev.otelint.report.SampleReports.render;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifRendererTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writesSarif210WithTheDriverAndOneResultPerFinding() throws Exception {
        JsonNode root = sarif(SampleReports.small());

        assertThat(root.get("$schema").asText()).isEqualTo(SarifRenderer.SCHEMA);
        assertThat(root.get("version").asText()).isEqualTo("2.1.0");
        assertThat(root.get("runs")).hasSize(1);
        JsonNode driver = root.at("/runs/0/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("otelint");
        assertThat(driver.get("version").asText()).isEqualTo("1.2.3");
        assertThat(driver.has("informationUri")).as("no invented project URL").isFalse();
        assertThat(root.at("/runs/0/results")).hasSize(3);
    }

    @Test
    void writesAResultWithLocationRegionAndProperties() throws Exception {
        JsonNode result = sarif(SampleReports.small()).at("/runs/0/results/1");

        assertThat(result.toString()).isEqualTo("{\"ruleId\":\"mapping.type-mismatch\",\"ruleIndex\":0,"
                + "\"level\":\"error\",\"message\":{\"text\":\"http.response.status_code: cannot be indexed into "
                + "an integer field\\nexpected: integer, actual: \\\"2xx\\\"\"},"
                + "\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"data/sample.ndjson\"},"
                + "\"region\":{\"startLine\":12,\"startColumn\":40}}}],"
                + "\"properties\":{\"path\":\"http.response.status_code\",\"expected\":\"integer\","
                + "\"actual\":\"\\\"2xx\\\"\",\"record\":12}}");
    }

    @Test
    void rulesListEveryRuleUsedAndEveryRuleIndexPointsAtItsRuleId() throws Exception {
        JsonNode run = sarif(SampleReports.small()).at("/runs/0");

        List<String> ruleIds = new ArrayList<>();
        run.at("/tool/driver/rules").forEach(r -> ruleIds.add(r.get("id").asText()));
        assertThat(ruleIds).containsExactly("mapping.type-mismatch", "semconv.deprecated", "semconv.enum-value");
        for (JsonNode result : run.get("results")) {
            assertThat(ruleIds.get(result.get("ruleIndex").asInt())).isEqualTo(result.get("ruleId").asText());
        }
    }

    @Test
    void ruleEntriesComeFromTheRegistryWithTheirDefaultLevel() throws Exception {
        Rule registered = RuleRegistry.all().get(0);
        Report report = new Report();
        report.accept(registered.finding().severity(Severity.INFO).file("a.json").message("m").build());

        JsonNode run = sarif(report).at("/runs/0");

        JsonNode rule = run.at("/tool/driver/rules/0");
        assertThat(rule.get("id").asText()).isEqualTo(registered.id());
        assertThat(rule.at("/shortDescription/text").asText()).isEqualTo(registered.description());
        assertThat(rule.at("/defaultConfiguration/level").asText()).isEqualTo(SarifRenderer.level(registered.severity()));
        // the result keeps the severity the checker chose
        assertThat(run.at("/results/0/level").asText()).isEqualTo("note");
    }

    @Test
    void aRuleMissingFromTheRegistryStillGetsAnEntry() throws Exception {
        Report report = new Report();
        report.accept(new Rule("dashboard.unknown-field", Severity.WARNING, "x").finding().message("m").build());

        JsonNode run = sarif(report).at("/runs/0");

        assertThat(run.at("/tool/driver/rules/0/id").asText()).isEqualTo("dashboard.unknown-field");
        assertThat(run.at("/tool/driver/rules/0/shortDescription/text").asText()).isNotEmpty();
        assertThat(run.at("/tool/driver/rules/0/defaultConfiguration/level").asText()).isEqualTo("warning");
        assertThat(run.at("/results/0/ruleIndex").asInt()).isZero();
    }

    @Test
    void leavesOutWhatIsUnknown() throws Exception {
        Report report = new Report();
        report.accept(SampleReports.DEPRECATED.finding().message("no file").build());
        report.accept(SampleReports.DEPRECATED.finding().file("t.binpb").message("no line").build());

        JsonNode results = sarif(report).at("/runs/0/results");

        assertThat(results.get(0).has("locations")).isTrue();
        assertThat(results.get(0).at("/locations/0/physicalLocation").has("region")).isFalse();
        assertThat(results.get(0).has("properties")).isFalse();
        assertThat(results.get(1).has("locations")).isFalse();
    }

    @Test
    void mapsSeveritiesToSarifLevels() throws Exception {
        JsonNode results = sarif(SampleReports.small()).at("/runs/0/results");

        assertThat(results.findValuesAsText("level")).containsExactly("warning", "error", "note");
    }

    @Test
    void artifactUrisAreRelativeWithForwardSlashes() throws Exception {
        Report report = new Report();
        report.accept(SampleReports.DEPRECATED.finding().file(".\\data\\my logs.json").message("m").build());

        assertThat(sarif(report).at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("data/my%20logs.json");
    }

    @Test
    void emptyRunHasEmptyRulesAndResults() throws Exception {
        JsonNode run = sarif(new Report()).at("/runs/0");

        assertThat(run.at("/tool/driver/rules")).isEmpty();
        assertThat(run.get("results")).isEmpty();
    }

    private static JsonNode sarif(Report report) throws Exception {
        return MAPPER.readTree(render(ReportFormat.SARIF, report, PLAIN));
    }
}
