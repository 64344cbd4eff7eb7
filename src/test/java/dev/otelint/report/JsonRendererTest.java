package dev.otelint.report;

import static dev.otelint.report.SampleReports.PLAIN;
import static dev.otelint.report.SampleReports.render;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRendererTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writesTheVersionedContractOnOneLine() {
        assertThat(render(ReportFormat.JSON, SampleReports.small(), PLAIN)).isEqualTo(
                "{\"schemaVersion\":1,\"tool\":\"otelint\",\"version\":\"1.2.3\",\"findings\":["
                + "{\"rule\":\"semconv.deprecated\",\"severity\":\"warning\",\"file\":\"data/sample.ndjson\","
                + "\"line\":3,\"column\":15,\"record\":3,\"path\":\"attributes.http.url\","
                + "\"message\":\"deprecated since semantic conventions 1.21\",\"expected\":null,\"actual\":null,"
                + "\"fix\":\"rename to url.full\"},"
                + "{\"rule\":\"mapping.type-mismatch\",\"severity\":\"error\",\"file\":\"data/sample.ndjson\","
                + "\"line\":12,\"column\":40,\"record\":12,\"path\":\"http.response.status_code\","
                + "\"message\":\"cannot be indexed into an integer field\",\"expected\":\"integer\","
                + "\"actual\":\"\\\"2xx\\\"\",\"fix\":null},"
                + "{\"rule\":\"semconv.enum-value\",\"severity\":\"info\",\"file\":\"traces/spans.binpb\","
                + "\"line\":null,\"column\":null,\"record\":7,\"path\":\"attributes.http.request.method\","
                + "\"message\":\"not a well-known HTTP method\",\"expected\":null,\"actual\":\"\\\"FETCH\\\"\","
                + "\"fix\":null}],"
                + "\"summary\":{\"files\":3,\"records\":20,\"errors\":1,\"warnings\":1,\"infos\":1}}\n");
    }

    @Test
    void everyFindingHasEveryKeyInContractOrderWithNullsForUnknowns() throws Exception {
        Report report = new Report();
        report.accept(SampleReports.DEPRECATED.finding().build());

        JsonNode root = MAPPER.readTree(render(ReportFormat.JSON, report, PLAIN));

        assertThat(fieldNames(root)).containsExactly("schemaVersion", "tool", "version", "findings", "summary");
        JsonNode finding = root.get("findings").get(0);
        assertThat(fieldNames(finding)).containsExactly("rule", "severity", "file", "line", "column", "record",
                "path", "message", "expected", "actual", "fix");
        assertThat(finding.get("rule").asText()).isEqualTo("semconv.deprecated");
        assertThat(finding.get("severity").asText()).isEqualTo("warning");
        for (String key : List.of("file", "line", "column", "record", "path", "message", "expected", "actual", "fix")) {
            assertThat(finding.get(key).isNull()).as(key).isTrue();
        }
        assertThat(fieldNames(root.get("summary"))).containsExactly("files", "records", "errors", "warnings", "infos");
        assertThat(root.get("summary").get("warnings").asInt()).isEqualTo(1);
    }

    @Test
    void roundTripsTextThatNeedsEscaping() throws Exception {
        JsonNode finding = MAPPER.readTree(render(ReportFormat.JSON, SampleReports.hostile(), PLAIN))
                .get("findings").get(0);

        assertThat(finding.get("message").asText()).isEqualTo("50% <bad> & \"worse\"\r\nsecond line");
        assertThat(finding.get("path").asText()).isEqualTo("labels.\"quoted\"");
        assertThat(finding.get("actual").asText()).isEqualTo("\"a\\nb\"");
    }

    @Test
    void listsEveryFindingWithoutGrouping() throws Exception {
        JsonNode root = MAPPER.readTree(render(ReportFormat.JSON, SampleReports.repeated(990), PLAIN));

        assertThat(root.get("findings")).hasSize(990);
        assertThat(root.get("findings").get(989).get("line").asInt()).isEqualTo(990);
        assertThat(root.get("summary").get("errors").asInt()).isEqualTo(990);
    }

    @Test
    void summaryCountsFindingsThatMaxFindingsLeftOut() throws Exception {
        Report report = new Report(2);
        for (int i = 0; i < 5; i++) {
            report.accept(SampleReports.DEPRECATED.finding().build());
        }

        JsonNode root = MAPPER.readTree(render(ReportFormat.JSON, report, PLAIN));

        assertThat(root.get("findings")).hasSize(2);
        assertThat(root.get("summary").get("warnings").asInt()).isEqualTo(5);
    }

    @Test
    void versionIsNullWhenUnknown() throws Exception {
        JsonNode root = MAPPER.readTree(render(ReportFormat.JSON, new Report(), new RenderOptions(null, false)));

        assertThat(root.get("version").isNull()).isTrue();
        assertThat(root.get("findings")).isEmpty();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
