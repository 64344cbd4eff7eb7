package dev.otelint.assets.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.assets.FieldReference;
import dev.otelint.assets.query.FieldRole;
import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.report.Finding;
import dev.otelint.report.Rule;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Odd field names (empty parts, stars, @, suffixes) always resolve to findings of our rules at the reference. */
class FieldNameFuzzTest {

    private static final String[] PARTS = {"a", ".", "*", "@", "keyword", "attributes.", "http.url", "severity",
        "text", "notes.", "labels.", "payload.", "span.", "", "..", "_id", "@timestamp"};
    private static final String[] FUNCTIONS = {"terms", "avg", "date_histogram", "geohash_grid", "range", "count",
        "time-field", "number", "string", null};
    private static final Set<String> OUR_RULES = AssetFieldRules.ALL.stream().map(Rule::id)
            .collect(Collectors.toSet());

    @Test
    void everyGeneratedNameGivesFindingsOfTheFieldRulesLocatedAtTheReference() {
        Random random = new Random(42);
        List<Schema> schemas = List.of(SmallSchema.schema(),
                SchemaResolver.catalog().resolve(References.LOGS).orElseThrow());
        int findings = 0;
        for (int i = 0; i < 3000; i++) {
            FieldReference ref = References.of(name(random), FieldRole.values()[random.nextInt(FieldRole.values()
                    .length)], FUNCTIONS[random.nextInt(FUNCTIONS.length)], References.LOGS);
            for (Finding finding : FieldTypeRules.check(ref, schemas.get(i % 2), SemconvRegistry.builtin())) {
                assertThat(finding.rule()).isIn(OUR_RULES);
                assertThat(finding.path()).isEqualTo(ReferenceFindings.path(ref));
                assertThat(finding.message()).contains(ref.field());
                findings++;
            }
        }
        assertThat(findings).isGreaterThan(1000); // most random names are not in the schema
    }

    private static String name(Random random) {
        StringBuilder name = new StringBuilder();
        for (int parts = 1 + random.nextInt(4); parts > 0; parts--) {
            name.append(PARTS[random.nextInt(PARTS.length)]);
        }
        return name.toString();
    }
}
