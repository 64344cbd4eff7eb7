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

class SavedObjectFieldsTest {
    private static final String INDEX_PATTERN = object("index-pattern", "ip1", "ss4o_logs-*")
            .attr("timeFieldName", "'@timestamp'")
            .string("fields", "[{\"name\":\"@timestamp\",\"type\":\"date\"},{\"name\":\"_id\",\"type\":\"string\"},"
                    + "{\"name\":\"http.url\",\"type\":\"string\"},"
                    + "{\"name\":\"hour\",\"type\":\"number\",\"scripted\":true,\"script\":\"doc['@timestamp']\"}]")
            .string("fieldFormatMap", "{\"http.response.bytes\":{\"id\":\"bytes\"}}")
            .line();
    private static final String INDEX_REF = "kibanaSavedObjectMeta.searchSourceJSON.index";

    private final List<Finding> findings = new ArrayList<>();

    private List<FieldReference> extract(String... lines) {
        return SavedObjectFields.extract(bundle(lines), findings::add);
    }

    @Test
    void indexPatternYieldsTimeFieldFieldListWithoutMetaAndScriptedFieldsAndFormatMapKeys() {
        List<FieldReference> refs = extract(INDEX_PATTERN);

        assertThat(refs).extracting(FieldReference::jsonPath, FieldReference::field, FieldReference::role,
                        FieldReference::function)
                .containsExactly(
                        tuple("timeFieldName", "@timestamp", FieldRole.TIME, null),
                        tuple("fields[0].name", "@timestamp", FieldRole.PROJECTION, "date"),
                        tuple("fields[2].name", "http.url", FieldRole.PROJECTION, "string"),
                        tuple("fieldFormatMap.http.response.bytes", "http.response.bytes", FieldRole.PROJECTION,
                                "bytes"));
        assertThat(refs).allSatisfy(ref -> {
            assertThat(ref.indexPattern()).isEqualTo("ss4o_logs-*");
            assertThat(ref.line()).isEqualTo(1);
            assertThat(ref.objectType()).isEqualTo("index-pattern");
            assertThat(ref.language()).isEqualTo("json");
        });
    }

    @Test
    void searchYieldsColumnsSortQueryAndFilterPillsOnItsReferencedIndexPattern() {
        String search = object("search", "s1", "Errors")
                .attr("columns", "['_source', 'http.request.method']")
                .attr("sort", "[['@timestamp', 'desc']]")
                .searchSource("{\"query\":{\"query\":\"http.response.status_code >= 500 and url.full:*\","
                        + "\"language\":\"kuery\"},\"filter\":[{\"meta\":{\"key\":\"service.name\",\"type\":\"phrase\"},"
                        + "\"query\":{\"match_phrase\":{\"service.name\":\"cart\"}}}],\"indexRefName\":\"" + INDEX_REF + "\"}")
                .ref(INDEX_REF, "index-pattern", "ip1").line();

        List<FieldReference> refs = extract(INDEX_PATTERN, search).stream()
                .filter(r -> r.objectId().equals("s1")).toList();

        assertThat(refs).extracting(FieldReference::jsonPath, FieldReference::field, FieldReference::role,
                        FieldReference::language)
                .containsExactly(
                        tuple("kibanaSavedObjectMeta.searchSourceJSON.query.query", "http.response.status_code",
                                FieldRole.RANGE, "kql"),
                        tuple("kibanaSavedObjectMeta.searchSourceJSON.query.query", "url.full", FieldRole.EXISTS,
                                "kql"),
                        tuple("kibanaSavedObjectMeta.searchSourceJSON.filter[0].meta.key", "service.name",
                                FieldRole.FILTER, "json"),
                        tuple("kibanaSavedObjectMeta.searchSourceJSON.filter[0].query.match_phrase.service.name",
                                "service.name", FieldRole.FILTER, "json"),
                        tuple("columns[1]", "http.request.method", FieldRole.PROJECTION, "json"),
                        tuple("sort[0][0]", "@timestamp", FieldRole.SORT, "json"));
        assertThat(refs).extracting(FieldReference::indexPattern).containsOnly("ss4o_logs-*");
        assertThat(findings).isEmpty();
    }

    @Test
    void filterPillsOfEveryShapeYieldTheirQueryFields() {
        String search = object("search", "s1", "Filters").searchSource("{\"filter\":["
                + "{\"meta\":{\"key\":\"code\",\"type\":\"phrases\"},\"query\":{\"bool\":{\"should\":"
                + "[{\"match_phrase\":{\"code\":\"a\"}},{\"match_phrase\":{\"code\":\"b\"}}]}}},"
                + "{\"meta\":{\"key\":\"bytes\",\"type\":\"range\"},\"range\":{\"bytes\":{\"gte\":1}},\"$state\":{}},"
                + "{\"meta\":{\"key\":\"trace.id\",\"type\":\"exists\"},\"exists\":{\"field\":\"trace.id\"}}]}")
                .line();

        assertThat(extract(search)).extracting(FieldReference::jsonPath, FieldReference::field, FieldReference::role)
                .containsExactly(
                        tuple("kibanaSavedObjectMeta.searchSourceJSON.filter[0].meta.key", "code", FieldRole.FILTER),
                        tuple("kibanaSavedObjectMeta.searchSourceJSON.filter[0].query.bool.should[0].match_phrase.code",
                                "code", FieldRole.FILTER),
                        tuple("kibanaSavedObjectMeta.searchSourceJSON.filter[0].query.bool.should[1].match_phrase.code",
                                "code", FieldRole.FILTER),
                        tuple("kibanaSavedObjectMeta.searchSourceJSON.filter[1].meta.key", "bytes", FieldRole.RANGE),
                        tuple("kibanaSavedObjectMeta.searchSourceJSON.filter[1].range.bytes", "bytes", FieldRole.RANGE),
                        tuple("kibanaSavedObjectMeta.searchSourceJSON.filter[2].meta.key", "trace.id", FieldRole.EXISTS),
                        tuple("kibanaSavedObjectMeta.searchSourceJSON.filter[2].exists.field", "trace.id",
                                FieldRole.EXISTS));
    }

    @Test
    void legacyExportsNameTheIndexPatternIdDirectly() {
        String search = object("search", "s1", "Old").attr("columns", "['message']")
                .searchSource("{\"index\":\"ip1\",\"query\":{\"query\":\"\",\"language\":\"kuery\"}}").line();
        String vis = object("visualization", "v1", "Old controls")
                .string("visState", "{\"type\":\"input_control_vis\",\"params\":{\"controls\":"
                        + "[{\"fieldName\":\"host.name\",\"type\":\"list\",\"indexPattern\":\"ip1\"}]}}").line();

        assertThat(extract(INDEX_PATTERN, search, vis).stream().filter(r -> !r.objectType().equals("index-pattern")))
                .extracting(FieldReference::field, FieldReference::indexPattern)
                .containsExactly(tuple("message", "ss4o_logs-*"), tuple("host.name", "ss4o_logs-*"));
    }

    @Test
    void luceneQueriesGoToTheLuceneParser() {
        String search = object("search", "s1", "Errors")
                .searchSource("{\"query\":{\"query\":\"_exists_:trace.id AND status:[500 TO 599]\",\"language\":\"lucene\"}}")
                .line();

        assertThat(extract(search)).extracting(FieldReference::field, FieldReference::role, FieldReference::language)
                .containsExactly(tuple("trace.id", FieldRole.EXISTS, "lucene"), tuple("status", FieldRole.RANGE, "lucene"));
    }

    @Test
    void classicVisualizationYieldsEveryAggFieldWithItsAggTypeOnTheSavedSearchIndex() {
        String search = object("search", "s1", "base").searchSource("{\"indexRefName\":\"" + INDEX_REF + "\"}")
                .ref(INDEX_REF, "index-pattern", "ip1").line();
        String vis = object("visualization", "v1", "Latency").attr("savedSearchRefName", "'search_0'")
                .searchSource("{\"query\":{\"query\":\"env:prod\",\"language\":\"kuery\"}}")
                .string("visState", "{\"type\":\"line\",\"aggs\":["
                        + "{\"id\":\"1\",\"type\":\"avg\",\"schema\":\"metric\",\"params\":{\"field\":\"duration\"}},"
                        + "{\"id\":\"2\",\"type\":\"date_histogram\",\"schema\":\"segment\",\"params\":{\"field\":\"@timestamp\"}},"
                        + "{\"id\":\"3\",\"type\":\"terms\",\"schema\":\"group\",\"params\":{\"field\":\"service.name\"}},"
                        + "{\"id\":\"4\",\"type\":\"count\",\"schema\":\"metric\",\"params\":{}},"
                        + "{\"id\":\"5\",\"type\":\"filters\",\"schema\":\"split\",\"params\":{\"filters\":"
                        + "[{\"input\":{\"query\":\"level:error\",\"language\":\"kuery\"}}]}}]}")
                .ref("search_0", "search", "s1").line();

        List<FieldReference> refs = extract(INDEX_PATTERN, search, vis).stream()
                .filter(r -> r.objectId().equals("v1")).toList();

        assertThat(refs).extracting(FieldReference::jsonPath, FieldReference::field, FieldReference::role,
                        FieldReference::function)
                .containsExactly(
                        tuple("kibanaSavedObjectMeta.searchSourceJSON.query.query", "env", FieldRole.FILTER, null),
                        tuple("visState.aggs[0].params.field", "duration", FieldRole.AGGREGATION, "avg"),
                        tuple("visState.aggs[1].params.field", "@timestamp", FieldRole.TIME, "date_histogram"),
                        tuple("visState.aggs[2].params.field", "service.name", FieldRole.GROUP_BY, "terms"),
                        tuple("visState.aggs[4].params.filters[0].input.query", "level", FieldRole.FILTER, null));
        assertThat(refs).extracting(FieldReference::indexPattern).containsOnly("ss4o_logs-*");
    }

    @Test
    void inputControlsYieldTheirFieldOnTheirOwnIndexPattern() {
        String vis = object("visualization", "v1", "Controls")
                .string("visState", "{\"type\":\"input_control_vis\",\"params\":{\"controls\":["
                        + "{\"fieldName\":\"http.request.method\",\"type\":\"list\",\"indexPatternRefName\":\"control_0_index_pattern\"},"
                        + "{\"fieldName\":\"http.response.bytes\",\"type\":\"range\",\"indexPatternRefName\":\"control_0_index_pattern\"}]}}")
                .ref("control_0_index_pattern", "index-pattern", "ip1").line();

        assertThat(extract(INDEX_PATTERN, vis).stream().filter(r -> r.objectId().equals("v1")))
                .extracting(FieldReference::jsonPath, FieldReference::field, FieldReference::role,
                        FieldReference::indexPattern)
                .containsExactly(
                        tuple("visState.params.controls[0].fieldName", "http.request.method", FieldRole.FILTER,
                                "ss4o_logs-*"),
                        tuple("visState.params.controls[1].fieldName", "http.response.bytes", FieldRole.RANGE,
                                "ss4o_logs-*"));
    }

    @Test
    void tsvbSkipsMetricsWhoseFieldIsAnotherMetricsId() {
        String vis = object("visualization", "v1", "Nodes")
                .string("visState", "{\"type\":\"metrics\",\"params\":{\"index_pattern\":\"logs-k8s\","
                        + "\"time_field\":\"@timestamp\",\"filter\":{\"query\":\"event.domain:kubernetes\",\"language\":\"kuery\"},"
                        + "\"series\":[{\"split_mode\":\"terms\",\"terms_field\":\"k8s.node.name\",\"metrics\":["
                        + "{\"id\":\"m1\",\"type\":\"max\",\"field\":\"k8s.pod.cpu\"},"
                        + "{\"id\":\"m2\",\"type\":\"derivative\",\"field\":\"m1\"},"
                        + "{\"id\":\"m6\",\"type\":\"count\",\"field\":\"leftover\"},"
                        + "{\"id\":\"m4\",\"type\":\"filter_ratio\",\"metric_agg\":\"count\","
                        + "\"numerator\":{\"query\":\"level:error\",\"language\":\"kuery\"}},"
                        + "{\"id\":\"m5\",\"type\":\"top_hit\",\"field\":\"msg\",\"order_by\":\"ts\"}],"
                        + "\"filter\":{\"query\":\"status:error\",\"language\":\"lucene\"}},"
                        + "{\"override_index_pattern\":1,\"series_index_pattern\":\"metrics-*\",\"series_time_field\":\"ts\","
                        + "\"split_mode\":\"everything\",\"terms_field\":\"ignored\","
                        + "\"metrics\":[{\"id\":\"m3\",\"type\":\"cardinality\",\"field\":\"host.name\"}]}]}}")
                .line();

        assertThat(extract(vis)).extracting(FieldReference::jsonPath, FieldReference::field,
                        FieldReference::role, FieldReference::indexPattern)
                .containsExactly(
                        tuple("visState.params.time_field", "@timestamp", FieldRole.TIME, "logs-k8s"),
                        tuple("visState.params.filter.query", "event.domain", FieldRole.FILTER, "logs-k8s"),
                        tuple("visState.params.series[0].metrics[0].field", "k8s.pod.cpu", FieldRole.AGGREGATION,
                                "logs-k8s"),
                        tuple("visState.params.series[0].metrics[3].numerator.query", "level", FieldRole.FILTER,
                                "logs-k8s"),
                        tuple("visState.params.series[0].metrics[4].field", "msg", FieldRole.AGGREGATION,
                                "logs-k8s"),
                        tuple("visState.params.series[0].metrics[4].order_by", "ts", FieldRole.SORT, "logs-k8s"),
                        tuple("visState.params.series[0].terms_field", "k8s.node.name", FieldRole.GROUP_BY,
                                "logs-k8s"),
                        tuple("visState.params.series[0].filter.query", "status", FieldRole.FILTER, "logs-k8s"),
                        tuple("visState.params.series[1].series_time_field", "ts", FieldRole.TIME, "metrics-*"),
                        tuple("visState.params.series[1].metrics[0].field", "host.name", FieldRole.AGGREGATION,
                                "metrics-*"));
    }

    @Test
    void vegaYieldsOnlyTheFieldsSentToOpenSearch() {
        String spec = "{\n  # a comment\n  data: {\n    url: {\n      index: ss4o_traces-*\n"
                + "      %timefield%: startTime\n      body: {\n"
                + "        query: {bool: {filter: [{term: {\"status.code\": 2}}, {exists: {field: \"traceId\"}}]}}\n"
                + "        aggs: {by_service: {terms: {field: \"serviceName\"}}}\n      }\n    }\n"
                + "    format: {property: \"aggregations.by_service.buckets\"}\n  }\n"
                + "  mark: bar\n  encoding: {x: {field: \"key\"}, y: {field: \"doc_count\"}}\n}";
        String vis = object("visualization", "v1", "Vega")
                .string("visState", "{\"type\":\"vega\",\"params\":{\"spec\":" + quote(spec) + "}}").line();

        List<FieldReference> refs = extract(vis);
        assertThat(findings).isEmpty();
        assertThat(refs).extracting(FieldReference::jsonPath, FieldReference::field,
                        FieldReference::role, FieldReference::indexPattern, FieldReference::language)
                .containsExactly(
                        tuple("visState.params.spec.data.url.%timefield%", "startTime", FieldRole.TIME,
                                "ss4o_traces-*", "vega"),
                        tuple("visState.params.spec.data.url.body.query.bool.filter[0].term.status.code",
                                "status.code", FieldRole.FILTER, "ss4o_traces-*", "vega"),
                        tuple("visState.params.spec.data.url.body.query.bool.filter[1].exists.field", "traceId",
                                FieldRole.EXISTS, "ss4o_traces-*", "vega"),
                        tuple("visState.params.spec.data.url.body.aggs.by_service.terms.field", "serviceName",
                                FieldRole.GROUP_BY, "ss4o_traces-*", "vega"));
        assertThat(findings).isEmpty();
    }

    @Test
    void vegaDataArrayAndLegacyContextQueryAreRead() {
        String spec = "{\"data\": [{\"name\": \"a\", \"values\": [{\"field\": \"not-an-index-field\"}]},"
                + "{\"url\": {\"index\": \"logs\", \"%context_query%\": \"ts\"}}]}";
        String vis = object("visualization", "v1", "Vega")
                .string("visState", "{\"type\":\"vega\",\"params\":{\"spec\":" + quote(spec) + "}}").line();

        assertThat(extract(vis)).extracting(FieldReference::jsonPath, FieldReference::field, FieldReference::indexPattern)
                .containsExactly(tuple("visState.params.spec.data[1].url.%context_query%", "ts", "logs"));
    }

    @Test
    void timelineYieldsIndexTimefieldMetricsSplitsAndQueries() {
        String vis = object("visualization", "v1", "Timeline")
                .string("visState", "{\"type\":\"timelion\",\"params\":{\"expression\":"
                        + quote(".es(index=ss4o_logs-*, timefield=@timestamp, metric=avg:duration, split=service.name:5, q='level:error')")
                        + "}}").line();

        assertThat(extract(vis)).extracting(FieldReference::field, FieldReference::role,
                        FieldReference::indexPattern, FieldReference::language)
                .containsExactly(
                        tuple("@timestamp", FieldRole.TIME, "ss4o_logs-*", "timeline"),
                        tuple("duration", FieldRole.AGGREGATION, "ss4o_logs-*", "timeline"),
                        tuple("service.name", FieldRole.GROUP_BY, "ss4o_logs-*", "timeline"),
                        tuple("level", FieldRole.FILTER, "ss4o_logs-*", "timeline"));
    }

    @Test
    void markdownHasNoFields() {
        String vis = object("visualization", "v1", "Help")
                .string("visState", "{\"type\":\"markdown\",\"params\":{\"markdown\":\"field:value\"},\"aggs\":[]}")
                .line();

        assertThat(extract(vis)).isEmpty();
        assertThat(findings).isEmpty();
    }

    @Test
    void visBuilderYieldsAggConfigParamsAndSearchField() {
        String vis = object("visualization-visbuilder", "vb1", "VB")
                .string("visualizationState", "{\"searchField\":\"message\",\"visualization\":{\"activeVisualization\":"
                        + "{\"name\":\"bar\",\"aggConfigParams\":[{\"type\":\"max\",\"schema\":\"metric\",\"params\":{\"field\":\"bytes\"}}]}}}")
                .line();

        assertThat(extract(vis)).extracting(FieldReference::jsonPath, FieldReference::field, FieldReference::function)
                .containsExactly(
                        tuple("visualizationState.searchField", "message", null),
                        tuple("visualizationState.visualization.activeVisualization.aggConfigParams[0].params.field",
                                "bytes", "max"));
    }

    @Test
    void dashboardYieldsItsOwnQueryAndFiltersOnTheirIndexPattern() {
        String dashboard = object("dashboard", "d1", "Overview")
                .string("panelsJSON", "[]")
                .searchSource("{\"query\":{\"query\":\"service.name:cart\",\"language\":\"kuery\"},\"filter\":["
                        + "{\"meta\":{\"key\":\"cloud.region\",\"indexRefName\":\"kibanaSavedObjectMeta.searchSourceJSON.filter[0].meta.index\"}}]}")
                .ref("kibanaSavedObjectMeta.searchSourceJSON.filter[0].meta.index", "index-pattern", "ip1")
                .line();

        assertThat(extract(INDEX_PATTERN, dashboard).stream().filter(r -> r.objectId().equals("d1")))
                .extracting(FieldReference::jsonPath, FieldReference::field, FieldReference::indexPattern)
                .containsExactly(tuple("kibanaSavedObjectMeta.searchSourceJSON.query.query", "service.name", null),
                        tuple("kibanaSavedObjectMeta.searchSourceJSON.filter[0].meta.key", "cloud.region",
                                "ss4o_logs-*"));
    }

    @Test
    void observabilitySearchYieldsPplFieldsOnItsSourceAndSelectedFields() {
        String saved = object("observability-search", "o1", null)
                .attr("savedQuery", "{'query': 'source = ss4o_logs-* | where severity.text = \\'ERROR\\' | stats count() by span(@timestamp, 1h), service.name',"
                        + "'query_lang': 'PPL', 'selected_fields': {'tokens': [{'name': 'body'}]},"
                        + "'selected_timestamp': {'name': '@timestamp'}}")
                .line();

        List<FieldReference> refs = extract(saved);

        assertThat(refs).extracting(FieldReference::jsonPath, FieldReference::field, FieldReference::language)
                .containsExactly(
                        tuple("savedQuery.query", "severity.text", "ppl"),
                        tuple("savedQuery.query", "@timestamp", "ppl"),
                        tuple("savedQuery.query", "service.name", "ppl"),
                        tuple("savedQuery.selected_fields.tokens[0].name", "body", "json"),
                        tuple("savedQuery.selected_timestamp.name", "@timestamp", "json"));
        assertThat(refs).extracting(FieldReference::indexPattern).containsOnly("ss4o_logs-*");
    }

    @Test
    void sqlTablePlaceholderIsNotAnIndexPattern() {
        String saved = object("observability-search", "o1", null)
                .attr("savedQuery", "{'query': 'SELECT status FROM {table_name}', 'query_lang': 'SQL'}").line();

        assertThat(extract(saved)).extracting(FieldReference::field, FieldReference::indexPattern)
                .containsExactly(tuple("status", null));
    }

    @Test
    void observabilityPanelFilterIsAPplWhereClause() {
        String panel = object("observability-panel", "p1", "Panel")
                .attr("queryFilter", "{'query': 'where http.response.status_code >= 500', 'language': 'ppl'}")
                .attr("visualizations", "[{'id': 'x', 'savedVisualizationId': 'o1'}]").line();
        String broken = object("observability-panel", "p2", "Broken")
                .attr("queryFilter", "{'query': 'where (a = 1', 'language': 'ppl'}").line();

        assertThat(extract(panel, broken)).extracting(FieldReference::objectId, FieldReference::jsonPath,
                        FieldReference::field, FieldReference::role, FieldReference::indexPattern)
                .containsExactly(tuple("p1", "queryFilter.query", "http.response.status_code", FieldRole.RANGE, null));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("queryFilter.query");
            assertThat(f.message()).contains("observability-panel 'Broken' (id p2)", "character 12");
        });
    }

    @Test
    void observabilitySqlYieldsColumnsOnItsTable() {
        String saved = object("observability-search", "o1", null)
                .attr("savedQuery", "{'query': 'SELECT remote_addr, COUNT(*) AS n FROM logs GROUP BY remote_addr ORDER BY n',"
                        + "'query_lang': 'SQL', 'selected_timestamp': {'name': ''}}")
                .line();

        assertThat(extract(saved)).extracting(FieldReference::field, FieldReference::indexPattern,
                        FieldReference::language)
                .containsExactly(tuple("remote_addr", "logs", "sql"), tuple("remote_addr", "logs", "sql"));
    }

    @Test
    void unparsableQueriesAndJsonStringsAreFindingsWithObjectPathAndOffset() {
        String badQuery = object("search", "s1", "Broken").searchSource(
                "{\"query\":{\"query\":\"(status:500\",\"language\":\"kuery\"}}").line();
        String badVisState = object("visualization", "v1", "Broken vis").string("visState", "{\"type\":").line();
        String badPpl = object("observability-visualization", "o1", "Broken PPL")
                .attr("savedVisualization", "{'query': 'source = logs | where', 'selected_timestamp': {}}").line();

        List<FieldReference> refs = extract(badQuery, badVisState, badPpl);

        assertThat(refs).isEmpty();
        assertThat(findings).extracting(Finding::rule, Finding::line, Finding::path).containsExactly(
                tuple("asset.query-syntax", 1, "kibanaSavedObjectMeta.searchSourceJSON.query.query"),
                tuple("asset.json-string", 2, "visState"),
                tuple("asset.query-syntax", 3, "savedVisualization.query"));
        assertThat(findings.get(0).message()).contains("search 'Broken' (id s1)", "KQL", "character 11");
        assertThat(findings.get(1).message()).contains("visualization 'Broken vis' (id v1)", "not valid JSON");
        assertThat(findings.get(2).message()).contains("PPL", "character");
    }

    private static String quote(String text) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString();
    }

    @Test
    void aSearchQueryInPplIsParsedAsPplOnTheIndexItNames() {
        String search = object("search", "s1", "PPL search")
                .searchSource("{\"query\":{\"query\":\"source = ss4o_logs-* | where severity.number > 16 "
                        + "| fields body\",\"language\":\"PPL\"}}")
                .line();

        List<FieldReference> refs = extract(search);

        assertThat(refs).extracting(FieldReference::field, FieldReference::language, FieldReference::indexPattern)
                .containsExactly(tuple("severity.number", "ppl", "ss4o_logs-*"), tuple("body", "ppl", "ss4o_logs-*"));
        assertThat(findings).isEmpty();
    }
}
