package dev.otelint.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.report.Finding;
import dev.otelint.report.Report;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lint on integrations broken one way each: each produces exactly the rule that names the defect. */
class LintServiceTest {

    @TempDir
    Path tmp;

    private Report lint(IntegrationFixture fixture) {
        Report report = new Report();
        new LintService().lint(List.of(fixture.dir()), null, report);
        return report;
    }

    private Set<String> rules(IntegrationFixture fixture) {
        Set<String> rules = new TreeSet<>();
        lint(fixture).findings().forEach(f -> rules.add(f.rule()));
        return rules;
    }

    @Test
    void theCleanFixtureHasNoFindings() {
        Report report = lint(IntegrationFixture.clean(tmp));
        assertThat(report.findings()).isEmpty();
        assertThat(report.records()).isEqualTo(1);
    }

    @Test
    void aConfigNotNamedAfterItsFolder() {
        assertThat(rules(IntegrationFixture.clean(tmp).move("demo-1.0.0.json", "demo.json")))
                .containsExactly("integration.config-name");
    }

    @Test
    void aConfigNamedAfterAnotherFolder() {
        IntegrationFixture fixture = IntegrationFixture.clean(tmp).move("demo-1.0.0.json", "nginx-1.0.0.json");
        List<Finding> findings = lint(fixture).findings();
        assertThat(findings).extracting(Finding::rule).containsExactly("integration.config-name");
        assertThat(findings.get(0).message()).isEqualTo("no config file demo-<version>.json; found nginx-1.0.0.json");
    }

    @Test
    void aSchemaFolderInsteadOfSchemas() {
        assertThat(rules(IntegrationFixture.clean(tmp).move("schemas", "schema")))
                .containsExactly("integration.schemas-dir");
    }

    @Test
    void invalidJson5() {
        IntegrationFixture fixture = IntegrationFixture.clean(tmp).editConfig("\"version\": \"1.0.0\",", "\"version\": \"1.0.0\"");
        List<Finding> findings = lint(fixture).findings();
        assertThat(findings).extracting(Finding::rule).containsExactly("integration.config-syntax");
        assertThat(findings.get(0).line()).isEqualTo(4);
        assertThat(findings.get(0).message()).startsWith("expected ',' or '}'");
    }

    @Test
    void json5FeaturesAreAccepted() {
        IntegrationFixture fixture = IntegrationFixture.clean(tmp)
                .editConfig("\"license\": \"Apache-2.0\",", "// comment\n  license: 'Apache-2.0',")
                .editConfig("\"sampleData\": {\"path\": \"sample.json\"}", "sampleData: {path: \"sample.json\",},");
        assertThat(rules(fixture)).isEmpty();
    }

    @Test
    void anNdjsonConfigIsNotOneObject() {
        IntegrationFixture fixture = IntegrationFixture.clean(tmp);
        fixture.write("demo-1.0.0.json", "{\"name\": \"demo\"}\n{\"version\": \"1.0.0\"}\n");
        assertThat(rules(fixture)).containsExactly("integration.config-schema");
    }

    @Test
    void anExtraTopLevelProperty() {
        IntegrationFixture fixture = IntegrationFixture.clean(tmp).editConfig("\"license\"", "\"owner\": \"me\",\n  \"license\"");
        List<Finding> findings = lint(fixture).findings();
        assertThat(findings).extracting(Finding::rule).containsExactly("integration.config-schema");
        Finding finding = findings.get(0);
        assertThat(finding.path()).isEqualTo("/owner");
        assertThat(finding.line()).isEqualTo(4);
        assertThat(finding.column()).isEqualTo(3);
        assertThat(finding.message()).contains("unknown member \"owner\"");
    }

    @Test
    void schemaViolationsInPlainWords() {
        IntegrationFixture fixture = IntegrationFixture.clean(tmp)
                .editConfig("\"type\": \"savedObjectBundle\"", "\"type\": \"dashboard\"")
                .editConfig("\"license\": \"Apache-2.0\",", "");
        List<Finding> findings = lint(fixture).findings();
        assertThat(findings).extracting(Finding::rule).containsOnly("integration.config-schema");
        assertThat(findings).extracting(Finding::path, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/license", "the config misses the required member \"license\""),
                org.assertj.core.groups.Tuple.tuple("/assets/0/type",
                        "assets[0].type must be one of savedObjectBundle, query, found \"dashboard\""));
    }

    @Test
    void aComponentWithoutItsMappingFile() {
        IntegrationFixture fixture = IntegrationFixture.clean(tmp)
                .editConfig("{\"name\": \"logs\", \"version\": \"1.0.0\"}",
                        "{\"name\": \"logs\", \"version\": \"1.0.0\"}, {\"name\": \"http\", \"version\": \"1.0.0\"}");
        List<Finding> findings = lint(fixture).findings();
        assertThat(findings).extracting(Finding::rule).containsExactly("integration.missing-component-file");
        assertThat(findings.get(0).path()).isEqualTo("/components/1");
        assertThat(findings.get(0).message()).isEqualTo("component schemas/http-1.0.0.mapping.json does not exist");
    }

    @Test
    void aMissingComponentThatTheIndexTemplateComposesIsReportedOnce() {
        IntegrationFixture fixture = IntegrationFixture.clean(tmp)
                .editConfig("{\"name\": \"logs\", \"version\": \"1.0.0\"}",
                        "{\"name\": \"logs\", \"version\": \"1.0.0\"}, {\"name\": \"http\", \"version\": \"1.0.0\"}")
                .write("schemas/logs-1.0.0.mapping.json", IntegrationFixture.MAPPING.replace("{\"index_patterns\"",
                        "{\"composed_of\": [\"http\"], \"index_patterns\""))
                .write("schemas/http-1.0.0.mapping.json",
                        "{\"template\": {\"mappings\": {\"properties\": {\"url\": {\"type\": \"keyword\"}}}}}");
        assertThat(rules(fixture)).isEmpty();
        fixture.delete("schemas/http-1.0.0.mapping.json");
        List<Finding> findings = lint(fixture).findings();
        assertThat(findings).extracting(Finding::rule)
                .containsExactly("integration.missing-component-file", "integration.check-aborted");
        assertThat(findings.get(1).message()).isEqualTo("data/ and assets/ are not checked: " + fixture.dir()
                .resolve("schemas/logs-1.0.0.mapping.json") + ":1:17: component template [http] named in composed_of has "
                + "no file (http-<version>.mapping.json or http.json) next to logs-1.0.0.mapping.json");
    }

    @Test
    void aComponentMappingThatIsNotATemplate() {
        IntegrationFixture fixture = IntegrationFixture.clean(tmp)
                .editConfig("{\"name\": \"logs\", \"version\": \"1.0.0\"}",
                        "{\"name\": \"logs\", \"version\": \"1.0.0\"}, {\"name\": \"http\", \"version\": \"1.0.0\"}")
                .write("schemas/http-1.0.0.mapping.json", "{\"mapping\": {}}");
        assertThat(rules(fixture)).containsExactly("integration.invalid-component-mapping");
    }

    @Test
    void aTypeWithoutAMatchingComponent() {
        assertThat(rules(IntegrationFixture.clean(tmp).editConfig("\"type\": \"logs\"", "\"type\": \"metrics\"")))
                .containsExactly("integration.missing-type-component");
    }

    @Test
    void anEmptyComponentsList() {
        IntegrationFixture fixture = IntegrationFixture.clean(tmp)
                .editConfig("[{\"name\": \"logs\", \"version\": \"1.0.0\"}]", "[]");
        List<Finding> findings = lint(fixture).findings();
        assertThat(findings).extracting(Finding::rule).containsExactly("integration.missing-type-component");
        assertThat(findings.get(0).message()).endsWith("components is empty");
    }

    @Test
    void noAssets() {
        IntegrationFixture fixture = IntegrationFixture.clean(tmp);
        fixture.write("demo-1.0.0.json", IntegrationFixture.CONFIG.replaceAll("(?s)\"assets\": \\[.*?]}],", "\"assets\": [],"));
        assertThat(rules(fixture)).containsExactly("integration.no-assets");
    }

    @Test
    void anAssetWithoutItsFile() {
        assertThat(rules(IntegrationFixture.clean(tmp).delete("assets/demo-1.0.0.ndjson")))
                .containsExactly("integration.missing-asset-file");
    }

    @Test
    void anAssetThatDashboardsCannotParse() {
        IntegrationFixture fixture = IntegrationFixture.clean(tmp).write("assets/demo-1.0.0.ndjson", "{\"type\": \n");
        // check-assets names the broken line too; the integration rule says the install fails
        assertThat(rules(fixture)).containsExactly("asset.bad-object", "integration.invalid-asset-file");
    }

    @Test
    void aMissingStatic() {
        assertThat(rules(IntegrationFixture.clean(tmp).delete("static/logo.svg")))
                .containsExactly("integration.missing-static");
    }

    @Test
    void aStaticOutsideStatic() {
        IntegrationFixture fixture = IntegrationFixture.clean(tmp).editConfig("\"logo.svg\"", "\"../demo-1.0.0.json\"");
        List<Finding> findings = lint(fixture).findings();
        assertThat(findings).extracting(Finding::rule).containsExactly("integration.missing-static");
        assertThat(findings.get(0).message()).isEqualTo("static file static/../demo-1.0.0.json is outside static/");
    }

    @Test
    void aMissingSampleDataFile() {
        assertThat(rules(IntegrationFixture.clean(tmp).editConfig("\"sample.json\"", "\"samples.json\"")))
                .containsExactly("integration.missing-sample-data");
    }

    @Test
    void sampleDataThatDashboardsCannotIterate() {
        IntegrationFixture fixture = IntegrationFixture.clean(tmp)
                .write("data/sample.json", "{\"@timestamp\": \"2024-01-01T00:00:00Z\", \"body\": \"hello\"}");
        List<Finding> findings = lint(fixture).findings();
        assertThat(findings).extracting(Finding::rule).containsExactly("integration.sample-data-shape");
        assertThat(findings.get(0).message()).isEqualTo("one JSON value that is not an array; Dashboards iterates over the sample records");

        fixture.write("data/sample.json", "{\"@timestamp\": \"2024-01-01T00:00:00Z\", \"body\": \"hello\"}\n42\n");
        findings = lint(fixture).findings().stream().filter(f -> f.rule().startsWith("integration.")).toList();
        assertThat(findings).extracting(Finding::rule, Finding::record)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("integration.sample-data-shape", 2L));
    }

    @Test
    void aVersionOtherThanTheFileName() {
        assertThat(rules(IntegrationFixture.clean(tmp).editConfig("\"version\": \"1.0.0\",\n  \"license\"",
                "\"version\": \"1.1.0\",\n  \"license\""))).containsExactly("integration.version-mismatch");
    }

    @Test
    void aNameOtherThanTheFolder() {
        assertThat(rules(IntegrationFixture.clean(tmp).editConfig("\"name\": \"demo\",\n  \"version\"",
                "\"name\": \"nginx\",\n  \"version\""))).containsExactly("integration.name-mismatch");
    }

    @Test
    void anAssetOfAnUndeclaredWorkflow() {
        assertThat(rules(IntegrationFixture.clean(tmp).editConfig("\"workflows\": [\"dashboards\"]", "\"workflows\": [\"queries\"]")))
                .containsExactly("integration.unknown-workflow");
    }

    @Test
    void schemasWhoseIndexTemplateCannotBeToldAbortTheDataCheck() {
        IntegrationFixture fixture = IntegrationFixture.clean(tmp)
                .write("schemas/other-1.0.0.mapping.json", IntegrationFixture.MAPPING.replace("ss4o_logs-*", "other-*"));
        List<Finding> findings = lint(fixture).findings();
        assertThat(findings).extracting(Finding::rule).containsExactly("integration.check-aborted");
        assertThat(findings.get(0).message()).startsWith("data/ and assets/ are not checked: ")
                .contains("cannot tell which file is the index template");
    }

    @Test
    void aFolderOfIntegrationsIsWalked() {
        IntegrationFixture.clean(tmp, "one");
        IntegrationFixture.clean(tmp, "two").delete("static/logo.svg");
        IntegrationFixture.clean(tmp.resolve(".hidden"), "three").delete("static/logo.svg");
        Report report = new Report();
        List<LintResult> results = new LintService().lint(List.of(tmp), null, report);
        assertThat(results).extracting(r -> r.integration().getFileName().toString(), LintResult::errors)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("one", 0), org.assertj.core.groups.Tuple.tuple("two", 1));
        assertThat(report.findings()).extracting(Finding::rule).containsExactly("integration.missing-static");
    }
}
