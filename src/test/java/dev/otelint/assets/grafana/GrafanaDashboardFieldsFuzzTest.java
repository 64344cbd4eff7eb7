package dev.otelint.assets.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.assets.FieldReference;
import dev.otelint.assets.savedobjects.TextMutations;
import dev.otelint.report.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Truncated and mutated dashboards: extraction reports findings and never throws. */
class GrafanaDashboardFieldsFuzzTest {
    private static final String NOISE = "{}[]\",:()$|=~ az09._";
    private static final String SEED = """
            {"panels": [
              {"id": 1, "datasource": {"type": "prometheus"}, "targets": [
                {"expr": "sum by (a) (rate(m{b=~\\"$v\\"}[$__rate_interval]))"}]},
              {"id": 2, "type": "row", "panels": [
                {"id": 3, "datasource": {"type": "grafana-opensearch-datasource"}, "targets": [
                  {"queryType": "PPL", "query": "source=l-* | where x = 1 | stats count() by y",
                   "metrics": [{"type": "avg", "field": "d"}], "bucketAggs": [{"type": "terms", "field": "e"}],
                   "timeField": "t"},
                  {"query": "a:1 AND b:[1 TO 2]"}]},
                {"id": 4, "datasource": {"type": "loki"}, "targets": [{"expr": "{app=\\"x\\"} | json | s > 1"}]}]}],
             "templating": {"list": [
               {"name": "v", "type": "query", "datasource": {"type": "prometheus"}, "query": "label_values(m{c=\\"1\\"}, l)"},
               {"name": "w", "type": "query", "datasource": {"type": "elasticsearch"},
                "query": "{\\"find\\": \\"terms\\", \\"field\\": \\"f\\"}"}]}}
            """;

    @Test
    void brokenDashboardsAreReportedNeverThrown() {
        Random random = new Random(11);
        int reported = 0;
        int runs = 0;
        for (int cut = 0; cut < SEED.length(); cut += 2) {
            reported += run(SEED.substring(0, cut));
            runs++;
        }
        for (int i = 0; i < 3000; i++) {
            reported += run(TextMutations.mutate(SEED, NOISE, random));
            runs++;
        }
        assertThat(run(SEED)).isZero();
        assertThat(reported).isGreaterThan(runs / 4);
    }

    private static int run(String text) {
        List<Finding> findings = new ArrayList<>();
        List<FieldReference> refs = GrafanaDashboardFields.extract("d.json", text, findings::add);
        assertThat(refs).allSatisfy(ref -> assertThat(ref.field()).isNotEmpty());
        return findings.isEmpty() ? 0 : 1;
    }
}
