package dev.otelint.assets.grafana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.otelint.assets.FieldReference;
import dev.otelint.assets.query.FieldRole;
import dev.otelint.report.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Annotation queries of a Grafana dashboard (annotations.list[]), by datasource. */
class GrafanaAnnotationFieldsTest {
    private final List<Finding> findings = new ArrayList<>();

    private List<FieldReference> extract(String dashboard) {
        List<FieldReference> refs = GrafanaDashboardFields.extract("dash.json", dashboard, findings::add);
        assertThat(findings).isEmpty();
        return refs;
    }

    @Test
    void openSearchAndElasticsearchAnnotationsYieldTheirQueryAndEventFields() {
        List<FieldReference> refs = extract("""
                {"panels": [],
                 "annotations": {"list": [
                   {"datasource": {"type": "grafana-opensearch-datasource", "uid": "os"}, "enable": true,
                    "name": "Deploys", "iconColor": "red", "query": "event.name:deploy AND service.name:$service",
                    "timeField": "@timestamp", "timeEndField": "end_time", "tagsField": "tags",
                    "textField": "body"},
                   {"datasource": {"type": "elasticsearch", "uid": "es"}, "enable": true, "name": "Restarts",
                    "target": {"query": "k8s.container.restart_count:>0", "refId": "Anno"},
                    "timeField": "observedTimestamp", "textField": "message"}
                 ]}}""");

        assertThat(refs).extracting(FieldReference::objectId, FieldReference::jsonPath, FieldReference::field,
                        FieldReference::role, FieldReference::language)
                .containsExactly(
                        tuple("Deploys", "annotations.list[0].query", "event.name", FieldRole.FILTER, "lucene"),
                        tuple("Deploys", "annotations.list[0].query", "service.name", FieldRole.FILTER, "lucene"),
                        tuple("Deploys", "annotations.list[0].timeField", "@timestamp", FieldRole.TIME, "json"),
                        tuple("Deploys", "annotations.list[0].timeEndField", "end_time", FieldRole.TIME, "json"),
                        tuple("Deploys", "annotations.list[0].tagsField", "tags", FieldRole.PROJECTION, "json"),
                        tuple("Deploys", "annotations.list[0].textField", "body", FieldRole.PROJECTION, "json"),
                        tuple("Restarts", "annotations.list[1].timeField", "observedTimestamp", FieldRole.TIME,
                                "json"),
                        tuple("Restarts", "annotations.list[1].target.query", "k8s.container.restart_count",
                                FieldRole.RANGE, "lucene"),
                        tuple("Restarts", "annotations.list[1].textField", "message", FieldRole.PROJECTION, "json"));
        assertThat(refs).allSatisfy(ref -> assertThat(ref.objectType()).isEqualTo("grafana-annotation"));
        assertThat(refs).extracting(FieldReference::line).containsOnly(3, 7);
    }

    @Test
    void prometheusAndLokiAnnotationsYieldTheirExprAndTagKeys() {
        List<FieldReference> refs = extract("""
                {"panels": [],
                 "annotations": {"list": [
                   {"datasource": {"type": "prometheus", "uid": "p"}, "name": "Restarts", "enable": true,
                    "expr": "changes(process_start_time_seconds{job=\\"app\\"}[5m]) > 0", "step": "60s",
                    "tagKeys": "instance, job", "titleFormat": "{{job}} restarted"},
                   {"datasource": {"type": "loki", "uid": "l"}, "name": "Errors", "enable": true,
                    "expr": "{service_name=\\"cart\\"} |= \\"error\\"", "tagKeys": "level"}
                 ]}}""");

        assertThat(refs).extracting(FieldReference::objectId, FieldReference::jsonPath, FieldReference::field,
                        FieldReference::role, FieldReference::language)
                .containsExactly(
                        tuple("Restarts", "annotations.list[0].expr", "process_start_time_seconds",
                                FieldRole.METRIC, "promql"),
                        tuple("Restarts", "annotations.list[0].expr", "job", FieldRole.FILTER, "promql"),
                        tuple("Restarts", "annotations.list[0].tagKeys", "instance", FieldRole.PROJECTION, "promql"),
                        tuple("Restarts", "annotations.list[0].tagKeys", "job", FieldRole.PROJECTION, "promql"),
                        tuple("Errors", "annotations.list[1].expr", "service_name", FieldRole.FILTER, "logql"),
                        tuple("Errors", "annotations.list[1].tagKeys", "level", FieldRole.PROJECTION, "logql"));
    }

    @Test
    void grafanasBuiltInAnnotationsQueryNoFields() {
        List<FieldReference> refs = extract("""
                {"panels": [],
                 "annotations": {"list": [
                   {"builtIn": 1, "datasource": {"type": "grafana", "uid": "-- Grafana --"}, "enable": true,
                    "hide": true, "name": "Annotations & Alerts",
                    "target": {"limit": 100, "matchAny": false, "tags": [], "type": "dashboard"},
                    "type": "dashboard"},
                   {"datasource": "-- Grafana --", "enable": true, "name": "Tagged",
                    "target": {"type": "tags", "tags": ["deploy"]}}
                 ]}}""");

        assertThat(refs).isEmpty();
    }
}
