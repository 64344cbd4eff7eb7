package dev.otelint.assets.rules;

import static dev.otelint.assets.rules.References.agg;
import static dev.otelint.assets.rules.References.of;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.otelint.assets.query.FieldRole;
import dev.otelint.catalog.SemconvRegistry;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldListRendererTest {

    private static final AssetFieldCheck CHECK = new AssetFieldCheck(SchemaResolver.catalog(),
            SemconvRegistry.builtin());
    private static final List<FieldListRow> ROWS = List.of(
            FieldListRow.of(agg("severity.number", "avg"), CHECK),
            FieldListRow.of(agg("body.keyword", "terms"), CHECK),
            FieldListRow.of(of("bytes", FieldRole.FILTER, null, "other-*"), CHECK));

    @Test
    void rowsCarryTheResolvedTypeOrAStatusWord() {
        assertThat(ROWS).extracting(FieldListRow::resolvedType)
                .containsExactly("long", "subfield-missing", "unchecked");
        assertThat(ROWS.get(0).object()).isEqualTo("visualization/vis-1");
    }

    @Test
    void textIsAnAlignedTableWithAHeader() {
        StringWriter out = new StringWriter();
        FieldListRenderer.text(ROWS, out);
        String[] lines = out.toString().split("\n");

        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("FILE").contains("OBJECT", "PATH", "FIELD", "ROLE", "INDEX PATTERN", "TYPE");
        assertThat(lines[1]).startsWith("assets/nginx.ndjson:7").contains("visualization/vis-1",
                "visState.aggs[2].params.field", "severity.number", "ss4o_logs-*").endsWith("long");
        // every column starts at the same offset on every line
        assertThat(lines[1].indexOf("severity.number")).isEqualTo(lines[0].indexOf("FIELD"));
        assertThat(lines[3].indexOf("other-*")).isEqualTo(lines[0].indexOf("INDEX PATTERN"));
        assertThat(lines[1].indexOf("aggregation(avg)")).isEqualTo(lines[0].indexOf("ROLE"));
        assertThat(lines[3].indexOf("filter ")).isEqualTo(lines[0].indexOf("ROLE"));
    }

    @Test
    void jsonIsAnArrayOfRowObjects() throws Exception {
        StringWriter out = new StringWriter();
        FieldListRenderer.json(ROWS, out);
        JsonNode json = new ObjectMapper().readTree(out.toString());

        assertThat(json.size()).isEqualTo(3);
        assertThat(json.get(1).get("field").asText()).isEqualTo("body.keyword");
        assertThat(json.get(1).get("type").asText()).isEqualTo("subfield-missing");
        assertThat(json.get(1).get("line").asInt()).isEqualTo(7);
        assertThat(json.get(2).get("indexPattern").asText()).isEqualTo("other-*");
        assertThat(json.get(2).get("path").asText()).isEqualTo("visState.aggs[2].params.field");
        assertThat(json.get(1).get("role").asText()).isEqualTo("aggregation(terms)");
    }

    @Test
    void theRoleTellsAPromQlMetricNameFromALabelName() {
        FieldListRow metric = FieldListRow.of(of("http_server_request_duration_seconds_count",
                FieldRole.METRIC, "rate", null), CHECK);
        FieldListRow label = FieldListRow.of(of("http_request_method", FieldRole.FILTER, null, null), CHECK);

        assertThat(metric.role()).isEqualTo("metric(rate)");
        assertThat(label.role()).isEqualTo("filter");
    }
}
