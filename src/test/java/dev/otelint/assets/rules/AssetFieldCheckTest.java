package dev.otelint.assets.rules;

import static dev.otelint.assets.rules.References.agg;
import static dev.otelint.assets.rules.References.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.assets.FieldReference;
import dev.otelint.assets.query.FieldRole;
import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.report.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssetFieldCheckTest {

    private static final AssetFieldCheck CHECK = new AssetFieldCheck(SchemaResolver.catalog(),
            SemconvRegistry.builtin());

    @Test
    void referencesAreJudgedAgainstTheSchemaTheirPatternResolvesTo() {
        List<Finding> findings = CHECK.check(List.of(agg("severity.text.keyword", "terms"), agg("status", "terms")));

        assertThat(findings).extracting(Finding::rule).containsExactly("asset.field-missing");
    }

    @Test
    void anUnknownPatternWarnsOncePerObjectAndStillChecksConventionNames() {
        FieldReference first = of("http.url", FieldRole.FILTER, null, "otel-v1-apm-span-*");
        FieldReference second = of("anything", FieldRole.FILTER, null, "otel-v1-apm-span-*");

        List<Finding> findings = CHECK.check(List.of(first, second));

        assertThat(findings).extracting(Finding::rule)
                .containsExactly("asset.unchecked-pattern", "asset.deprecated-field");
        assertThat(findings.get(0).message()).contains("fields unchecked", "\"otel-v1-apm-span-*\"");
        assertThat(findings.get(0).path()).isEqualTo("visualization/vis-1:visState.aggs[2].params.field");
    }

    @Test
    void aReferenceWithoutPatternIsUnchecked() {
        List<Finding> findings = CHECK.check(List.of(of("bytes", FieldRole.FILTER, null, null)));

        assertThat(findings).extracting(Finding::rule).containsExactly("asset.unchecked-pattern");
        assertThat(findings.get(0).message()).contains("index pattern cannot be told");
    }

    @Test
    void resolveGivesTheFieldsTypeOrNothingForUnknownPatterns() {
        assertThat(CHECK.resolve(agg("severity.number", "avg")).orElseThrow().type()).isEqualTo("long");
        assertThat(CHECK.resolve(of("bytes", FieldRole.FILTER, null, "unknown-*"))).isEmpty();
    }
}
