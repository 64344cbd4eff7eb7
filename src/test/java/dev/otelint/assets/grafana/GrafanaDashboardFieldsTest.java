package dev.otelint.assets.grafana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.otelint.assets.FieldReference;
import dev.otelint.assets.query.FieldRole;
import dev.otelint.report.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrafanaDashboardFieldsTest {
    private final List<Finding> findings = new ArrayList<>();

    private List<FieldReference> extract(String dashboard) {
        return GrafanaDashboardFields.extract("dash.json", dashboard, findings::add);
    }

    @Test
    void prometheusTargetsYieldMetricsAndLabelsButNotNamesThatTouchAVariable() {
        List<FieldReference> refs = extract("""
                {"panels": [
                  {"id": 4, "title": "Latency", "datasource": {"type": "prometheus", "uid": "m"},
                   "targets": [
                     {"expr": "sum by (span_name) (rate(calls_total{service_name=\\"$service\\", $label=\\"x\\"}[$__rate_interval]))"}
                   ]}
                ]}""");

        assertThat(findings).isEmpty();
        assertThat(refs).extracting(FieldReference::field, FieldReference::role, FieldReference::function,
                        FieldReference::language)
                .containsExactly(
                        tuple("span_name", FieldRole.GROUP_BY, "sum", "promql"),
                        tuple("calls_total", FieldRole.METRIC, "rate", "promql"),
                        tuple("service_name", FieldRole.FILTER, null, "promql"));
        assertThat(refs).allSatisfy(ref -> {
            assertThat(ref.line()).isEqualTo(4);
            assertThat(ref.objectType()).isEqualTo("grafana-panel");
            assertThat(ref.objectId()).isEqualTo("4");
            assertThat(ref.objectTitle()).isEqualTo("Latency");
            assertThat(ref.jsonPath()).isEqualTo("panels[0].targets[0].expr");
        });
    }

    @Test
    void openSearchPplTargetYieldsQueryFieldsOnItsSourceAndAggFields() {
        List<FieldReference> refs = extract("""
                {"panels": [
                  {"id": 1, "type": "row", "collapsed": true, "panels": [
                    {"id": 2, "title": "Logs", "datasource": {"type": "grafana-opensearch-datasource", "uid": "l"},
                     "targets": [{"queryType": "PPL",
                       "query": "source=otel-logs-* | where resource.service.name in (${service:singlequote}) | stats count() by severity.text",
                       "metrics": [{"id": "1", "type": "count"}, {"id": "2", "type": "avg", "field": "duration"}],
                       "bucketAggs": [{"type": "terms", "field": "severity.text.keyword"},
                                      {"type": "date_histogram", "field": "$timefield"}],
                       "timeField": "observedTimestamp"}]}
                  ]}
                ]}""");

        assertThat(findings).isEmpty();
        assertThat(refs).extracting(FieldReference::jsonPath, FieldReference::field, FieldReference::role,
                        FieldReference::language)
                .containsExactly(
                        tuple("panels[0].panels[0].targets[0].query", "resource.service.name", FieldRole.FILTER, "ppl"),
                        tuple("panels[0].panels[0].targets[0].query", "severity.text", FieldRole.GROUP_BY, "ppl"),
                        tuple("panels[0].panels[0].targets[0].metrics[1].field", "duration", FieldRole.AGGREGATION,
                                "json"),
                        tuple("panels[0].panels[0].targets[0].bucketAggs[0].field", "severity.text.keyword",
                                FieldRole.GROUP_BY, "json"),
                        tuple("panels[0].panels[0].targets[0].timeField", "observedTimestamp", FieldRole.TIME,
                                "json"));
        assertThat(refs).extracting(FieldReference::indexPattern).containsOnly("otel-logs-*");
        assertThat(refs).extracting(FieldReference::line).containsOnly(4);
    }

    @Test
    void oldRowsLuceneTargetsAndLokiAreRead() {
        List<FieldReference> refs = extract("""
                {"rows": [{"panels": [
                  {"id": 7, "datasource": "Elasticsearch logs",
                   "targets": [{"query": "level:error AND _exists_:trace.id", "timeField": "@timestamp"}]},
                  {"id": 8, "datasource": {"type": "loki"},
                   "targets": [{"expr": "{app=\\"cart\\"} | json | status >= 500"}]}
                ]}]}""");

        assertThat(findings).isEmpty();
        assertThat(refs).extracting(FieldReference::jsonPath, FieldReference::field, FieldReference::language)
                .containsExactly(
                        tuple("rows[0].panels[0].targets[0].query", "level", "lucene"),
                        tuple("rows[0].panels[0].targets[0].query", "trace.id", "lucene"),
                        tuple("rows[0].panels[0].targets[0].timeField", "@timestamp", "json"),
                        tuple("rows[0].panels[1].targets[0].expr", "app", "logql"),
                        tuple("rows[0].panels[1].targets[0].expr", "status", "logql"));
    }

    @Test
    void variableQueriesYieldTheirSelectorAndLabel() {
        List<FieldReference> refs = extract("""
                {"templating": {"list": [
                  {"name": "service", "type": "query", "datasource": {"type": "prometheus"},
                   "query": {"query": "label_values(calls_total{job=\\"api\\"}, service_name)"}},
                  {"name": "route", "type": "query", "datasource": {"type": "prometheus"},
                   "query": "label_values(http_route)"},
                  {"name": "names", "type": "query", "datasource": {"type": "prometheus"}, "query": "label_names()"},
                  {"name": "host", "type": "query", "datasource": {"type": "elasticsearch"},
                   "query": "{\\"find\\": \\"terms\\", \\"field\\": \\"host.name\\", \\"query\\": \\"env:prod\\"}"},
                  {"name": "traceId", "type": "textbox", "query": ""},
                  {"name": "unknown", "type": "query", "query": "source = logs | fields a"}
                ]}}""");

        assertThat(findings).isEmpty();
        assertThat(refs).extracting(FieldReference::objectId, FieldReference::jsonPath, FieldReference::field,
                        FieldReference::function, FieldReference::line)
                .containsExactly(
                        tuple("service", "templating.list[0].query.query", "calls_total", null, 2),
                        tuple("service", "templating.list[0].query.query", "job", null, 2),
                        tuple("service", "templating.list[0].query.query", "service_name", "label_values", 2),
                        tuple("route", "templating.list[1].query", "http_route", "label_values", 4),
                        tuple("host", "templating.list[3].query.field", "host.name", "terms", 7),
                        tuple("host", "templating.list[3].query.query", "env", null, 7));
        assertThat(refs).extracting(FieldReference::objectType).containsOnly("grafana-variable");
    }

    @Test
    void apiExportWrappedInDashboardIsRead() {
        List<FieldReference> refs = extract("""
                {"meta": {"slug": "x"},
                 "dashboard": {"panels": [
                   {"id": 5, "datasource": {"type": "prometheus"},
                    "targets": [{"expr": "up{job=\\"api\\"}"}]}],
                  "templating": {"list": [
                    {"name": "job", "type": "query", "datasource": {"type": "prometheus"}, "query": "label_values(job)"}]}}}""");

        assertThat(findings).isEmpty();
        assertThat(refs).extracting(FieldReference::jsonPath, FieldReference::field, FieldReference::line)
                .containsExactly(
                        tuple("dashboard.panels[0].targets[0].expr", "up", 4),
                        tuple("dashboard.panels[0].targets[0].expr", "job", 4),
                        tuple("dashboard.templating.list[0].query", "job", 6));
    }

    @Test
    void queryThatDoesNotParseIsAFindingAtItsOffsetInTheOriginalText() {
        List<FieldReference> refs = extract("""
                {"panels": [
                  {"id": 3, "title": "Broken", "datasource": {"type": "prometheus"},
                   "targets": [{"expr": "rate(m{job=\\"$job\\"}[$__interval]"}]}
                ]}""");

        assertThat(refs).isEmpty();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("asset.query-syntax");
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.path()).isEqualTo("panels[0].targets[0].expr");
            assertThat(f.message()).contains("grafana-panel 'Broken' (id 3)", "promql",
                    "character 31");
        });
    }

    @Test
    void textThatIsNotADashboardIsOneFinding() {
        assertThat(extract("{\"panels\": [\n{,]}")).isEmpty();
        assertThat(extract("[1]")).isEmpty();

        assertThat(findings).extracting(Finding::rule, Finding::line)
                .containsExactly(tuple("asset.bad-object", 2), tuple("asset.bad-object", 1));
    }
}
