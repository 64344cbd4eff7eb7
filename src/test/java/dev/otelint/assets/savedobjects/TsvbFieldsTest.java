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

/** TSVB panels (visState type "metrics") in the shapes Dashboards saves them. */
class TsvbFieldsTest {
    private final List<Finding> findings = new ArrayList<>();

    private List<FieldReference> tsvb(String params) {
        String vis = object("visualization", "v1", "TSVB")
                .string("visState", "{\"type\":\"metrics\",\"aggs\":[],\"params\":" + params + "}").line();
        return SavedObjectFields.extract(bundle(vis), findings::add);
    }

    @Test
    void annotationsYieldTheirTimeFieldQueryAndCommaSeparatedFieldsOnTheirOwnIndexPattern() {
        List<FieldReference> refs = tsvb("{\"index_pattern\":\"ss4o_metrics-*\",\"time_field\":\"@timestamp\","
                + "\"annotations\":[{\"id\":\"a1\",\"color\":\"#F00\",\"icon\":\"fa-tag\",\"index_pattern\":\"ss4o_logs-*\","
                + "\"time_field\":\"observedTimestamp\",\"fields\":\"k8s.pod.name, severity.text\","
                + "\"template\":\"{{k8s.pod.name}}: {{severity.text}}\",\"ignore_global_filters\":1,"
                + "\"query_string\":{\"query\":\"severity.text:ERROR\",\"language\":\"kuery\"}},"
                // Kibana 6.x saved the annotation query as a bare Lucene string.
                + "{\"id\":\"a2\",\"index_pattern\":\"\",\"time_field\":\"\",\"query_string\":\"event.name:deploy\"}],"
                + "\"series\":[]}");

        assertThat(refs).extracting(FieldReference::jsonPath, FieldReference::field, FieldReference::role,
                        FieldReference::indexPattern, FieldReference::language)
                .containsExactly(
                        tuple("visState.params.time_field", "@timestamp", FieldRole.TIME, "ss4o_metrics-*", "json"),
                        tuple("visState.params.annotations[0].time_field", "observedTimestamp", FieldRole.TIME,
                                "ss4o_logs-*", "json"),
                        tuple("visState.params.annotations[0].query_string.query", "severity.text", FieldRole.FILTER,
                                "ss4o_logs-*", "kql"),
                        tuple("visState.params.annotations[0].fields", "k8s.pod.name", FieldRole.PROJECTION,
                                "ss4o_logs-*", "json"),
                        tuple("visState.params.annotations[0].fields", "severity.text", FieldRole.PROJECTION,
                                "ss4o_logs-*", "json"),
                        tuple("visState.params.annotations[1].query_string", "event.name", FieldRole.FILTER, null,
                                "lucene"));
        assertThat(findings).isEmpty();
    }

    @Test
    void panelAndSeriesFiltersAndAnOverridingSeriesIndexAndTimeField() {
        List<FieldReference> refs = tsvb("{\"index_pattern\":\"ss4o_logs-*\",\"time_field\":\"@timestamp\","
                + "\"filter\":{\"query\":\"service.name:cart\",\"language\":\"kuery\"},\"series\":["
                + "{\"override_index_pattern\":1,\"series_index_pattern\":\"ss4o_metrics-*\",\"series_time_field\":\"time\","
                + "\"filter\":{\"query\":\"host.name:a*\",\"language\":\"lucene\"},\"split_mode\":\"everything\","
                + "\"metrics\":[{\"id\":\"m\",\"type\":\"avg\",\"field\":\"value\"}]},"
                // override_index_pattern 0: the series_* leftovers are unused.
                + "{\"override_index_pattern\":0,\"series_index_pattern\":\"stale-*\",\"series_time_field\":\"stale\","
                + "\"split_mode\":\"everything\",\"metrics\":[{\"id\":\"c\",\"type\":\"count\"}]}]}");

        assertThat(refs).extracting(FieldReference::jsonPath, FieldReference::field, FieldReference::indexPattern)
                .containsExactly(
                        tuple("visState.params.time_field", "@timestamp", "ss4o_logs-*"),
                        tuple("visState.params.filter.query", "service.name", "ss4o_logs-*"),
                        tuple("visState.params.series[0].series_time_field", "time", "ss4o_metrics-*"),
                        tuple("visState.params.series[0].metrics[0].field", "value", "ss4o_metrics-*"),
                        tuple("visState.params.series[0].filter.query", "host.name", "ss4o_metrics-*"));
    }

    @Test
    void colorRulesHoldNoFieldsAndATablesPivotIdIsItsGroupByField() {
        String colorRules = "\"background_color_rules\":[{\"id\":\"r1\",\"value\":90,\"operator\":\"gte\","
                + "\"background_color\":\"#F00\"}],\"gauge_color_rules\":[{\"id\":\"r2\",\"value\":0,\"operator\":\"gt\","
                + "\"gauge\":\"#0F0\"}],\"bar_color_rules\":[{\"id\":\"r3\"}]";
        List<FieldReference> gauge = tsvb("{\"type\":\"gauge\",\"index_pattern\":\"ss4o_metrics-*\"," + colorRules
                + ",\"pivot_id\":\"left.over\",\"series\":[]}");
        List<FieldReference> table = tsvb("{\"type\":\"table\",\"index_pattern\":\"ss4o_metrics-*\"," + colorRules
                + ",\"pivot_id\":\"k8s.deployment.name\",\"pivot_type\":\"string\",\"series\":[]}");

        assertThat(gauge).isEmpty();
        assertThat(table).extracting(FieldReference::jsonPath, FieldReference::field, FieldReference::role)
                .containsExactly(tuple("visState.params.pivot_id", "k8s.deployment.name", FieldRole.GROUP_BY));
    }

    @Test
    void blankIndexAndTimeFieldMeanTheCachedDefaultsAndAQueryWithoutLanguageIsLucene() {
        List<FieldReference> refs = tsvb("{\"index_pattern\":\"\",\"time_field\":\"\","
                + "\"default_index_pattern\":\"ss4o_logs-*\",\"default_timefield\":\"@timestamp\","
                + "\"filter\":{\"query\":\"_exists_:trace.id\"},\"series\":[]}");

        assertThat(refs).extracting(FieldReference::jsonPath, FieldReference::field, FieldReference::role,
                        FieldReference::language)
                .containsExactly(
                        tuple("visState.params.default_timefield", "@timestamp", FieldRole.TIME, "json"),
                        tuple("visState.params.filter.query", "trace.id", FieldRole.EXISTS, "lucene"));
        assertThat(refs).extracting(FieldReference::indexPattern).containsOnly("ss4o_logs-*");
    }
}
