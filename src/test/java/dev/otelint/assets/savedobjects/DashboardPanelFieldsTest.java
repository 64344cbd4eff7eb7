package dev.otelint.assets.savedobjects;

import static dev.otelint.assets.savedobjects.SavedObjectFixture.bundle;
import static dev.otelint.assets.savedobjects.SavedObjectFixture.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.otelint.assets.FieldReference;
import dev.otelint.assets.query.FieldRole;
import dev.otelint.report.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dashboard panels saved by value (embeddableConfig.savedVis / attributes) and search panel overrides. */
class DashboardPanelFieldsTest {
    private static final String INDEX_PATTERN = object("index-pattern", "ip1", "ss4o_logs-*").line();
    private static final String SEARCH_INDEX_REF = "kibanaSavedObjectMeta.searchSourceJSON.index";
    private static final String SEARCH = object("search", "s1", "Errors")
            .searchSource("{\"indexRefName\":\"" + SEARCH_INDEX_REF + "\"}")
            .ref(SEARCH_INDEX_REF, "index-pattern", "ip1").line();

    private final List<Finding> findings = new ArrayList<>();

    private List<FieldReference> dashboardFields(SavedObjectFixture dashboard) {
        return SavedObjectFields.extract(bundle(INDEX_PATTERN, SEARCH, dashboard.line()), findings::add).stream()
                .filter(ref -> ref.objectType().equals("dashboard")).toList();
    }

    private static SavedObjectFixture dashboard(String... panels) {
        return object("dashboard", "d1", "Overview").string("panelsJSON", "[" + String.join(",", panels) + "]");
    }

    @Test
    void aVisualizationSavedByValueYieldsItsSearchSourceAndAggsOnItsIndexPattern() {
        // The shape Dashboards serializes a Vis to: type and params, aggs and searchSource under data.
        String panel = "{\"panelIndex\":\"1\",\"gridData\":{\"x\":0,\"y\":0,\"w\":24,\"h\":15,\"i\":\"1\"},"
                + "\"embeddableConfig\":{\"savedVis\":{\"title\":\"Bytes by path\",\"type\":\"histogram\","
                + "\"params\":{\"type\":\"histogram\"},\"uiState\":{},\"data\":{\"aggs\":["
                + "{\"id\":\"1\",\"enabled\":true,\"type\":\"avg\",\"schema\":\"metric\","
                + "\"params\":{\"field\":\"http.response.body.size\"}},"
                + "{\"id\":\"2\",\"enabled\":true,\"type\":\"terms\",\"schema\":\"segment\","
                + "\"params\":{\"field\":\"url.path\",\"size\":5}}],"
                + "\"searchSource\":{\"index\":\"ip1\",\"query\":{\"query\":\"http.response.status_code >= 500\","
                + "\"language\":\"kuery\"},\"filter\":[]}}}}}";

        List<FieldReference> refs = dashboardFields(dashboard(panel));

        String vis = "panelsJSON[0].embeddableConfig.savedVis";
        assertThat(refs).extracting(FieldReference::jsonPath, FieldReference::field, FieldReference::role,
                        FieldReference::function)
                .containsExactly(
                        tuple(vis + ".data.searchSource.query.query", "http.response.status_code", FieldRole.RANGE,
                                null),
                        tuple(vis + ".data.aggs[0].params.field", "http.response.body.size", FieldRole.AGGREGATION,
                                "avg"),
                        tuple(vis + ".data.aggs[1].params.field", "url.path", FieldRole.GROUP_BY, "terms"));
        assertThat(refs).extracting(FieldReference::indexPattern).containsOnly("ss4o_logs-*");
        assertThat(refs).extracting(FieldReference::objectId).containsOnly("d1");
        assertThat(findings).isEmpty();
    }

    @Test
    void aByValueTsvbOrAggsBesideParamsAreReadLikeTheirSavedVisualizations() {
        String tsvb = "{\"embeddableConfig\":{\"savedVis\":{\"type\":\"metrics\",\"params\":{"
                + "\"index_pattern\":\"ss4o_metrics-*\",\"time_field\":\"@timestamp\",\"series\":[{\"metrics\":["
                + "{\"id\":\"m\",\"type\":\"max\",\"field\":\"system.cpu.utilization\"}],\"split_mode\":\"everything\"}]}"
                + ",\"data\":{\"aggs\":[],\"searchSource\":{}}}}}";
        String olderShape = "{\"embeddableConfig\":{\"savedVis\":{\"type\":\"pie\",\"aggs\":[{\"type\":\"terms\","
                + "\"schema\":\"segment\",\"params\":{\"field\":\"service.name\"}}],\"data\":{\"savedSearchId\":\"s1\"}}}}";

        List<FieldReference> refs = dashboardFields(dashboard(tsvb, olderShape));

        assertThat(refs).extracting(FieldReference::jsonPath, FieldReference::field, FieldReference::indexPattern)
                .containsExactly(
                        tuple("panelsJSON[0].embeddableConfig.savedVis.params.time_field", "@timestamp",
                                "ss4o_metrics-*"),
                        tuple("panelsJSON[0].embeddableConfig.savedVis.params.series[0].metrics[0].field",
                                "system.cpu.utilization", "ss4o_metrics-*"),
                        // data.savedSearchId: the saved search's index pattern
                        tuple("panelsJSON[1].embeddableConfig.savedVis.aggs[0].params.field", "service.name",
                                "ss4o_logs-*"));
    }

    @Test
    void aSearchSavedByValueYieldsItsQueryColumnsAndSort() {
        String ref = "panel_0.kibanaSavedObjectMeta.searchSourceJSON.index";
        String panel = "{\"embeddableConfig\":{\"attributes\":{\"title\":\"Slow requests\","
                + "\"columns\":[\"url.full\",\"_source\"],\"sort\":[[\"@timestamp\",\"desc\"]],"
                + "\"kibanaSavedObjectMeta\":{\"searchSourceJSON\":\"{\\\"indexRefName\\\":\\\"" + ref + "\\\","
                + "\\\"query\\\":{\\\"query\\\":\\\"event.duration:>1000\\\",\\\"language\\\":\\\"lucene\\\"}}\"}}}}";

        List<FieldReference> refs = dashboardFields(dashboard(panel).ref(ref, "index-pattern", "ip1"));

        String attributes = "panelsJSON[0].embeddableConfig.attributes";
        assertThat(refs).extracting(FieldReference::jsonPath, FieldReference::field, FieldReference::role,
                        FieldReference::language)
                .containsExactly(
                        tuple(attributes + ".kibanaSavedObjectMeta.searchSourceJSON.query.query", "event.duration",
                                FieldRole.RANGE, "lucene"),
                        tuple(attributes + ".columns[0]", "url.full", FieldRole.PROJECTION, "json"),
                        tuple(attributes + ".sort[0][0]", "@timestamp", FieldRole.SORT, "json"));
        assertThat(refs).extracting(FieldReference::indexPattern).containsOnly("ss4o_logs-*");
    }

    @Test
    void aSearchPanelsColumnAndSortOverridesQueryTheSearchsIndexButATablesSortStateNamesNoField() {
        String searchPanel = "{\"panelRefName\":\"panel_0\",\"embeddableConfig\":{\"columns\":[\"log.level\"],"
                + "\"sort\":[[\"@timestamp\",\"asc\"]]}}";
        String tablePanel = "{\"panelRefName\":\"panel_1\",\"embeddableConfig\":{\"vis\":{\"params\":{\"sort\":"
                + "{\"columnIndex\":1,\"direction\":\"asc\"}},\"sortColumn\":{\"colIndex\":0,\"direction\":\"desc\"},"
                + "\"columnsWidth\":[{\"colIndex\":0,\"width\":120}]},\"table\":{\"sort\":{\"column\":\"1\","
                + "\"direction\":\"desc\"}},\"columns\":[\"not.a.search\"]}}";
        String legacySearchPanel = "{\"type\":\"search\",\"id\":\"s1\",\"embeddableConfig\":{\"columns\":[\"trace.id\"]}}";

        List<FieldReference> refs = dashboardFields(dashboard(searchPanel, tablePanel, legacySearchPanel)
                .ref("panel_0", "search", "s1").ref("panel_1", "visualization", "v-table"));

        assertThat(refs).extracting(FieldReference::jsonPath, FieldReference::field, FieldReference::role,
                        FieldReference::indexPattern)
                .containsExactly(
                        tuple("panelsJSON[0].embeddableConfig.columns[0]", "log.level", FieldRole.PROJECTION,
                                "ss4o_logs-*"),
                        tuple("panelsJSON[0].embeddableConfig.sort[0][0]", "@timestamp", FieldRole.SORT,
                                "ss4o_logs-*"),
                        tuple("panelsJSON[2].embeddableConfig.columns[0]", "trace.id", FieldRole.PROJECTION,
                                "ss4o_logs-*"));
    }

    @Test
    void aByValueSearchSourceThatDoesNotParseIsReportedAtItsPath() {
        String panel = "{\"embeddableConfig\":{\"attributes\":{\"columns\":[\"url.full\"],"
                + "\"kibanaSavedObjectMeta\":{\"searchSourceJSON\":\"{\\\"query\\\":\"}}}}";

        List<FieldReference> refs = dashboardFields(dashboard(panel));

        assertThat(findings).extracting(Finding::rule, Finding::path).containsExactly(tuple("asset.json-string",
                "panelsJSON[0].embeddableConfig.attributes.kibanaSavedObjectMeta.searchSourceJSON"));
        assertThat(refs).extracting(FieldReference::field).containsExactly("url.full");
    }
}
