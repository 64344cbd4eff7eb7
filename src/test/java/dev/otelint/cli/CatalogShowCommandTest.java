package dev.otelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.otelint.cli.CatalogListCommandTest.CliRun;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogShowCommandTest {

    @Test
    void anIndexTemplateShowsItsComponentsFieldsMarkedByOrigin() {
        CliRun run = CliRun.of("catalog", "show", "logs");
        assertThat(run.code()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out())
                .contains("logs 1.0.0 (index-template, logs): catalog/mappings/logs/logs-1.0.0.mapping.json")
                .contains("Index patterns: ss4o_logs-*-*")
                .contains("Composed of: http, communication, cloud, container, url")
                .containsPattern("FIELD\\s+TYPE\\s+FROM\\s+PARAMETERS")
                .containsPattern("(?m)^http\\.response\\.status_code\\s+integer\\s+http$")
                .containsPattern("(?m)^communication\\.source\\.ip\\s+ip\\s+communication$")
                .containsPattern("(?m)^body\\s+text\\s+logs$")
                .containsPattern("(?m)^@message\\s+alias\\s+logs\\s+path=body$")
                .containsPattern("(?m)^severity\\.text\\.keyword\\s+keyword\\s+logs\\s+multi-field ignore_above=256$");
    }

    @Test
    void dynamicTemplatesAreListedSeparately() {
        String out = CliRun.of("catalog", "show", "logs").out();
        String dynamic = out.substring(out.indexOf("Dynamic templates (3)"));
        assertThat(dynamic).containsPattern(
                "(?m)^instrumentation_scope_attributes_map\\s+logs\\s+path_match=instrumentationScope\\.attributes\\.\\*"
                        + "\\s+\\{\"type\":\"keyword\"}$");
        assertThat(out.substring(0, out.indexOf("Dynamic templates"))).doesNotContain("instrumentation_scope_attributes_map");
    }

    @Test
    void aComponentHasNoOriginColumn() {
        CliRun run = CliRun.of("catalog", "show", "tracegroups");
        assertThat(run.code()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).contains("Fields (4):").containsPattern("FIELD\\s+TYPE\\s+PARAMETERS")
                .containsPattern("(?m)^traceGroupFields\\.endTime\\s+date_nanos$")
                .doesNotContain("FROM").doesNotContain("Composed of");
    }

    @Test
    void aSharedNameNeedsASignal() {
        CliRun run = CliRun.of("catalog", "show", "http");
        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("'http' exists for several signals (logs, traces, metrics): add --signal");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theSignalPicksAmongSharedNames() {
        CliRun traces = CliRun.of("catalog", "show", "http", "--signal", "traces");
        CliRun logs = CliRun.of("catalog", "show", "http", "--signal", "logs");
        assertThat(traces.code()).isEqualTo(ExitCodes.CLEAN);
        assertThat(traces.out()).contains("catalog/mappings/traces/http-1.0.0.mapping.json")
                .containsPattern("(?m)^attributes\\.http\\.request\\.method\\s+keyword\\s+ignore_above=256$");
        assertThat(logs.out()).containsPattern("(?m)^http\\.response\\.status_code\\s+integer$")
                .doesNotContain("attributes.http");
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        CliRun run = CliRun.of("catalog", "show", "nginx");
        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("unknown template 'nginx'; the catalog has: aws_cloudfront, aws_cloudtrail")
                .contains("http, k8s, logs, metrics");
    }

    @Test
    void aNameOfAnotherSignalSaysWhereItIs() {
        CliRun run = CliRun.of("catalog", "show", "tracegroups", "--signal", "logs");
        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("'tracegroups' is not defined for logs; it exists for traces");
    }

    @Test
    void rejectsAnUnknownSignal() {
        CliRun run = CliRun.of("catalog", "show", "http", "--signal", "profiles");
        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--signal: expected logs, traces or metrics, got 'profiles'");
    }

    @Test
    void writesJsonOnRequest() throws Exception {
        CliRun run = CliRun.of("catalog", "show", "traces", "--format", "json");
        assertThat(run.code()).isEqualTo(ExitCodes.CLEAN);
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.path("kind").asText()).isEqualTo("index-template");
        assertThat(doc.path("composed_of").toString()).isEqualTo("[\"http\",\"tracegroups\"]");
        Map<String, JsonNode> fields = new HashMap<>();
        doc.path("fields").forEach(f -> fields.put(f.path("path").asText(), f));
        assertThat(fields.get("traceGroup").path("from").asText()).isEqualTo("tracegroups");
        assertThat(fields.get("events").path("type").asText()).isEqualTo("nested");
        assertThat(fields.get("traceState.keyword").path("multi_field").asBoolean()).isTrue();
        assertThat(fields.get("attributes.http.response.status_code").path("parameters").path("ignore_above").asInt())
                .isEqualTo(256);
        assertThat(doc.path("dynamic_templates").get(0).path("conditions").path("path_match").asText())
                .isEqualTo("events.attributes.*");
    }

    @Test
    void helpShowsExamples() {
        CliRun run = CliRun.of("catalog", "show", "--help");
        assertThat(run.code()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).contains("Examples:").contains("otelint catalog show http --signal traces");
    }
}
