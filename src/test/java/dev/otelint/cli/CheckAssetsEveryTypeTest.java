package dev.otelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * `otelint check-assets` end to end over one bundle that holds every saved-object type it reads, against
 * the catalog's logs template: each type yields its field references, all resolve, and the bundle is clean.
 */
class CheckAssetsEveryTypeTest {
    private static final String BUNDLE = "src/test/resources/check-assets/every-type";

    @Test
    void everyObjectTypeYieldsItsFieldsAndAllResolve() throws IOException {
        CliRun run = CliRun.of("check-assets", "--list-fields", "--format", "json", BUNDLE);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.CLEAN);

        Set<String> rows = new HashSet<>();
        for (JsonNode row : new ObjectMapper().readTree(run.out())) {
            assertThat(row.get("indexPattern").asText()).as(row.toString()).isEqualTo("ss4o_logs-*-*");
            assertThat(row.get("type").asText()).as(row.toString()).isNotIn("missing", "unchecked", "unparsed");
            rows.add(row.get("object").asText() + " " + row.get("path").asText() + " " + row.get("field").asText());
        }
        assertThat(rows).contains(
                "index-pattern/logs timeFieldName @timestamp",
                "search/search-1 kibanaSavedObjectMeta.searchSourceJSON.query.query severity.number",
                "search/search-1 columns[1] severity.text",
                "visualization/vis-terms visState.aggs[1].params.field http.request.method",
                "visualization/vis-tsvb visState.params.series[0].metrics[0].field http.response.bytes",
                "visualization/vis-tsvb visState.params.series[0].terms_field http.request.method",
                "visualization/vis-vega visState.params.spec.data.url.body.aggs.codes.terms.field http.response.status_code",
                "visualization/vis-timeline visState.params.expression http.response.bytes",
                "visualization/vis-controls visState.params.controls[0].fieldName http.request.method",
                "visualization-visbuilder/vb-1 visualizationState.visualization.activeVisualization"
                        + ".aggConfigParams[0].params.field http.response.bytes",
                "observability-search/obs-search savedQuery.query http.response.status_code",
                "observability-search/obs-search savedQuery.selected_fields.tokens[0].name url.path",
                "observability-visualization/obs-vis savedVisualization.query http.request.method",
                "dashboard/dash kibanaSavedObjectMeta.searchSourceJSON.query.query url.path");
        // a TSVB derivative's "field" names another metric, Vega's own datum fields and markdown text are no fields
        assertThat(rows).noneMatch(r -> r.endsWith(" m1") || r.endsWith(" key") || r.endsWith(" doc_count")
                || r.startsWith("visualization/vis-markdown"));
        assertThat(rows).hasSize(27);
    }

    @Test
    void theBundleIsCleanAgainstTheCatalog() {
        CliRun run = CliRun.of("check-assets", BUNDLE);
        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).contains("1 file, 12 objects: 0 errors, 0 warnings, 0 infos");
    }
}
