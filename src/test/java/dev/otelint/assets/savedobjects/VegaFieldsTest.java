package dev.otelint.assets.savedobjects;

import static dev.otelint.assets.savedobjects.SavedObjectFixture.bundle;
import static dev.otelint.assets.savedobjects.SavedObjectFixture.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.otelint.assets.FieldReference;
import dev.otelint.assets.query.FieldRole;
import dev.otelint.report.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The search body of a Vega spec's data url: field lists, sort, scripts, runtime fields, composite sources. */
class VegaFieldsTest {
    private static final String BODY = "visState.params.spec.data.url.body";

    private final List<Finding> findings = new ArrayList<>();

    /** The references of a Vega visualization whose spec (HJSON) queries ss4o_logs-* with {@code body}. */
    private List<FieldReference> vega(String body) {
        String spec = "{\n  $schema: https://vega.github.io/schema/vega/v5.json\n  data: {\n    name: rows\n"
                + "    url: {\n      index: ss4o_logs-*\n      body: " + body + "\n    }\n"
                + "    format: {property: \"hits.hits\"}\n"
                + "    transform: [{type: \"formula\", as: \"when\", expr: \"datum._source['@timestamp']\"}]\n  }\n}";
        ObjectNode visState = JsonNodeFactory.instance.objectNode().put("type", "vega");
        visState.putObject("params").put("spec", spec);
        String line = object("visualization", "v1", "Vega").string("visState", visState.toString()).line();
        List<FieldReference> refs = SavedObjectFields.extract(bundle(line), findings::add);
        assertThat(findings).isEmpty();
        assertThat(refs).extracting(FieldReference::indexPattern).containsOnly("ss4o_logs-*");
        return refs;
    }

    @Test
    void returnedFieldListsAreProjections() {
        List<FieldReference> refs = vega("{\n size: 100\n _source: [\"body\", \"severity.text\"]\n"
                + " docvalue_fields: [\"@timestamp\", {field: \"event.duration\", format: \"long\"}]\n"
                + " fields: [\"trace.id\"]\n"
                + " query: {multi_match: {query: \"timeout\", fields: [\"body^2\", \"exception.message\"]}}\n}");

        assertThat(refs).extracting(FieldReference::jsonPath, FieldReference::field, FieldReference::role)
                .containsExactly(
                        tuple(BODY + "._source[0]", "body", FieldRole.PROJECTION),
                        tuple(BODY + "._source[1]", "severity.text", FieldRole.PROJECTION),
                        tuple(BODY + ".docvalue_fields[0]", "@timestamp", FieldRole.PROJECTION),
                        tuple(BODY + ".docvalue_fields[1].field", "event.duration", FieldRole.PROJECTION),
                        tuple(BODY + ".fields[0]", "trace.id", FieldRole.PROJECTION),
                        tuple(BODY + ".query.multi_match.fields[0]", "body", FieldRole.FILTER),
                        tuple(BODY + ".query.multi_match.fields[1]", "exception.message", FieldRole.FILTER));
    }

    @Test
    void sortInEveryShapeNamesFieldsButNotScoreOrABucketSortsMetrics() {
        List<FieldReference> refs = vega("{\n sort: [{\"@timestamp\": \"desc\"}, \"service.name\","
                + " {\"event.duration\": {order: \"asc\"}}, \"_score\"]\n"
                + " _source: {includes: [\"url.*\"], excludes: [\"url.query\"]}\n"
                + " aggs: {\n  hosts: {\n   terms: {field: \"host.name\"}\n"
                + "   aggs: {\n    latest: {top_hits: {size: 1, sort: {\"observedTimestamp\": \"desc\"}}}\n"
                + "    total: {sum: {field: \"http.response.body.size\"}}\n"
                + "    ranked: {bucket_sort: {sort: [{total: {order: \"desc\"}}]}}\n   }\n  }\n }\n}");

        assertThat(refs).extracting(FieldReference::field, FieldReference::role)
                .containsExactly(
                        tuple("@timestamp", FieldRole.SORT),
                        tuple("service.name", FieldRole.SORT),
                        tuple("event.duration", FieldRole.SORT),
                        tuple("url.*", FieldRole.PROJECTION),
                        tuple("url.query", FieldRole.PROJECTION),
                        tuple("host.name", FieldRole.GROUP_BY),
                        tuple("observedTimestamp", FieldRole.SORT),
                        tuple("http.response.body.size", FieldRole.AGGREGATION));
    }

    @Test
    void scriptsReadFieldsOnlyThroughDocAndRuntimeFieldsAreNotIndexFields() {
        List<FieldReference> refs = vega("{\n runtime_mappings: {\n  duration_ms: {type: \"double\", script: {source:"
                + " \"emit(doc['event.duration'].value / 1e6)\"}}\n }\n"
                + " script_fields: {slow: {script: {source: \"doc[\\\"http.response.status_code\\\"].value >= 500"
                + " && params.threshold > 1\", params: {threshold: 2}}}}\n"
                + " aggs: {\n  p95: {percentiles: {field: \"duration_ms\"}}\n"
                + "  by_minute: {histogram: {script: \"doc['@timestamp'].value.getMinute()\", interval: 5}}\n }\n}");

        assertThat(refs).extracting(FieldReference::jsonPath, FieldReference::field, FieldReference::role)
                .containsExactly(
                        tuple(BODY + ".runtime_mappings.duration_ms.script.source", "event.duration",
                                FieldRole.EXPRESSION),
                        tuple(BODY + ".script_fields.slow.script.source", "http.response.status_code",
                                FieldRole.EXPRESSION),
                        tuple(BODY + ".aggs.by_minute.histogram.script", "@timestamp", FieldRole.EXPRESSION));
    }

    @Test
    void compositeSourcesGroupByTheirFields() {
        List<FieldReference> refs = vega("{\n size: 0\n aggs: {\n  pages: {\n   composite: {\n    size: 500\n"
                + "    sources: [\n     {service: {terms: {field: \"service.name\"}}}\n"
                + "     {minute: {date_histogram: {field: \"@timestamp\", fixed_interval: \"1m\"}}}\n"
                + "     {fields: {terms: {field: \"url.path\", missing_bucket: true}}}\n    ]\n   }\n  }\n }\n}");

        assertThat(refs).extracting(FieldReference::jsonPath, FieldReference::field, FieldReference::role,
                        FieldReference::function)
                .containsExactly(
                        tuple(BODY + ".aggs.pages.composite.sources[0].service.terms.field", "service.name",
                                FieldRole.GROUP_BY, "terms"),
                        tuple(BODY + ".aggs.pages.composite.sources[1].minute.date_histogram.field", "@timestamp",
                                FieldRole.TIME, "date_histogram"),
                        tuple(BODY + ".aggs.pages.composite.sources[2].fields.terms.field", "url.path",
                                FieldRole.GROUP_BY, "terms"));
    }
}
