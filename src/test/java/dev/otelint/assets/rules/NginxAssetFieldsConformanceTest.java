package dev.otelint.assets.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.assets.FieldReference;
import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.report.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The field rules on the nginx integration of ../shared/reference, against its own schemas/. */
class NginxAssetFieldsConformanceTest {

    private static Path nginx;

    @BeforeAll
    static void locate() {
        nginx = ReferenceIntegrations.locate(NginxAssetFieldsConformanceTest.class).resolve("nginx");
    }

    @Test
    void nginxPatternsResolveToTheIntegrationsOwnSchema() {
        SchemaResolver resolver = SchemaResolver.forIntegration(nginx);

        assertThat(resolver.resolve("ss4o_logs-nginx-*").orElseThrow().name()).endsWith("schemas");
        assertThat(resolver.resolve("ss4o_logs-*-*").orElseThrow().name()).endsWith("schemas");
        assertThat(resolver.resolve("ss4o_traces-*").orElseThrow().name()).isEqualTo("catalog traces template");
    }

    @Test
    void nginxDashboardFindingsAgreeWithAReadingByHand() throws Exception {
        List<FieldReference> refs = SavedObjectFields.references(nginx.resolve("assets/nginx-1.0.0.ndjson"));
        List<Finding> findings = check(refs);

        // 89 index-pattern fields, its time field and the aggs with a field of five visualizations
        assertThat(refs).hasSize(92);
        assertThat(ReferenceIntegrations.countByRule(findings)).containsExactly(Map.entry("asset.deprecated-field", 6),
                Map.entry("asset.field-missing", 4), Map.entry("asset.index-pattern-type", 1));
        // the schema names them spanId and traceId
        assertThat(findings).filteredOn(f -> f.rule().equals("asset.field-missing")).extracting(Finding::actual)
                .containsExactly("span_id", "span_id.keyword", "trace_id", "trace_id.keyword");
        assertThat(findings).filteredOn(f -> f.path().startsWith("visualization/"))
                .extracting(Finding::expected).containsExactly("url.full", "url.full");
        // the schema maps http.user_agent as an object, the index pattern lists it as a string
        assertThat(findings).filteredOn(f -> f.rule().equals("asset.index-pattern-type")).extracting(Finding::path)
                .containsExactly("index-pattern/689b4f16-5275-4e1e-9835-91dd5e06161e:fields[63].name");
    }

    @Test
    void theNginxIndexPatternsExportOnlyUsesDeprecatedNames() throws Exception {
        List<FieldReference> refs = SavedObjectFields.references(
                nginx.resolve("assets/nginx-index-patterns-1.0.0.ndjson"));
        List<Finding> findings = check(refs);

        assertThat(refs).allMatch(r -> r.indexPattern().equals("ss4o_logs-*-*"));
        assertThat(refs).hasSize(95);
        assertThat(findings).extracting(Finding::rule).containsOnly("asset.deprecated-field");
        // event.name is the Simple Schema's own event field here, not the deprecated OTEL attribute
        assertThat(findings).extracting(Finding::actual)
                .containsExactly("http.flavor", "http.target", "http.url");
    }

    private static List<Finding> check(List<FieldReference> refs) {
        return new AssetFieldCheck(SchemaResolver.forIntegration(nginx), SemconvRegistry.builtin()).check(refs);
    }
}
