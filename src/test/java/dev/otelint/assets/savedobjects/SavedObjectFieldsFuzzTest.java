package dev.otelint.assets.savedobjects;

import static dev.otelint.assets.savedobjects.SavedObjectFixture.bundle;
import static dev.otelint.assets.savedobjects.SavedObjectFixture.object;
import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.assets.FieldReference;
import dev.otelint.report.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Saved objects whose JSON-string attributes are truncated or mutated: extraction and the checks never
 * throw, and each broken object is reported (a finding) or still yields what it can.
 */
class SavedObjectFieldsFuzzTest {
    private static final String NOISE = "{}[]\",:'\\ az09.-*%#\n";
    private static final List<Function<String, String>> SEEDS = List.of(
            s -> object("visualization", "v", "t").string("visState", s).line(),
            s -> object("search", "s", "t").searchSource(s).line(),
            s -> object("index-pattern", "i", "t").string("fields", s).line(),
            s -> object("dashboard", "d", "t").string("panelsJSON", s).line());
    private static final List<String> STRINGS = List.of(
            "{\"type\":\"metrics\",\"params\":{\"index_pattern\":\"x\",\"series\":[{\"metrics\":[{\"type\":\"avg\",\"field\":\"f\"}],"
                    + "\"split_mode\":\"terms\",\"terms_field\":\"g\",\"filter\":{\"query\":\"a:1\",\"language\":\"lucene\"}}]}}",
            "{\"type\":\"vega\",\"params\":{\"spec\":\"{data: {url: {index: x, body: {aggs: {a: {terms: {field: \\\"f\\\"}}}}}}}\"}}",
            "{\"type\":\"timelion\",\"params\":{\"expression\":\".es(index=x, metric=avg:f, q='a:1')\"}}",
            "{\"type\":\"line\",\"aggs\":[{\"type\":\"avg\",\"schema\":\"metric\",\"params\":{\"field\":\"f\"}}]}",
            "{\"query\":{\"query\":\"a:1 and b >= 2\",\"language\":\"kuery\"},\"filter\":[{\"meta\":{\"key\":\"k\"}}],"
                    + "\"indexRefName\":\"r\"}",
            "[{\"name\":\"f\",\"type\":\"string\"},{\"name\":\"@timestamp\",\"type\":\"date\"}]",
            "[{\"panelRefName\":\"panel_0\"}]");

    @Test
    void brokenAttributesAreReportedNeverThrown() {
        Random random = new Random(7);
        int reported = 0;
        int runs = 0;
        for (Function<String, String> seed : SEEDS) {
            for (String text : STRINGS) {
                for (int cut = 0; cut < text.length(); cut += 3) {
                    reported += run(seed.apply(text.substring(0, cut)));
                    runs++;
                }
                for (int i = 0; i < 200; i++) {
                    reported += run(seed.apply(TextMutations.mutate(text, NOISE, random)));
                    runs++;
                }
            }
        }
        assertThat(reported).isGreaterThan(runs / 4);
    }

    /** 1 when the object was reported (its attribute or query is broken), else 0. */
    private static int run(String line) {
        List<Finding> findings = new ArrayList<>();
        SavedObjectBundle bundle = bundle(findings, line);
        List<FieldReference> refs = SavedObjectAssets.check(bundle, Set.of(), findings::add);
        assertThat(refs).allSatisfy(ref -> assertThat(ref.field()).isNotEmpty());
        return findings.isEmpty() ? 0 : 1;
    }
}
