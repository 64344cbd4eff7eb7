package dev.otelint.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.report.BadInputException;
import dev.otelint.report.Finding;
import dev.otelint.report.Report;
import dev.otelint.report.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .otelint.yaml: found upwards to the repository root, applied to lint's findings, and strict about its keys. */
class ProjectConfigTest {

    @TempDir
    Path tmp;

    private Report lintWith(String yaml, IntegrationFixture fixture) throws IOException {
        Files.writeString(tmp.resolve(".otelint.yaml"), yaml);
        Report report = new Report();
        new LintService().lint(List.of(fixture.dir()), null, report);
        return report;
    }

    @Test
    void aSeverityOverrideChangesTheFinding() throws IOException {
        Report report = lintWith("rules:\n  integration.missing-static: warning\n",
                IntegrationFixture.clean(tmp).delete("static/logo.svg"));
        assertThat(report.findings()).extracting(Finding::rule, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("integration.missing-static", Severity.WARNING));
        assertThat(report.count(Severity.ERROR)).isZero();
    }

    @Test
    void anExclusionByRuleAndPathDropsOnlyWhatItMatches() throws IOException {
        IntegrationFixture.clean(tmp, "one").delete("static/logo.svg");
        IntegrationFixture.clean(tmp, "two").delete("static/logo.svg");
        Files.writeString(tmp.resolve(".otelint.yaml"), """
                exclude:
                  - rule: integration.missing-static
                    paths: ["one/**"]
                    reason: the logo is generated at release time
                """);
        Report report = new Report();
        new LintService().lint(List.of(tmp), null, report);
        assertThat(report.findings()).extracting(f -> Path.of(f.file()).getParent().getFileName().toString())
                .containsExactly("two");
    }

    @Test
    void theNearestConfigWinsAndTheSearchStopsAtTheRepositoryRoot() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo/.git")).getParent();
        Files.writeString(tmp.resolve(".otelint.yaml"), "semconv: 1.44.0\n");
        Path integration = Files.createDirectories(repo.resolve("integrations/nginx"));
        assertThat(ProjectConfigReader.find(integration)).isEmpty();
        Files.writeString(repo.resolve(".otelint.yaml"), "semconv: 1.44.0\n");
        Files.writeString(repo.resolve("integrations/.otelint.yaml"), "semconv: 1.44.0\n");
        assertThat(ProjectConfigReader.find(integration)).contains(repo.resolve("integrations/.otelint.yaml").toAbsolutePath());
    }

    @Test
    void settingsAreRead() throws IOException {
        Files.createDirectories(tmp.resolve("shared/schemas"));
        Path file = tmp.resolve(".otelint.yaml");
        Files.writeString(file, "semconv: 1.44.0\nschemas: [shared/schemas]\n");
        ProjectConfig config = ProjectConfigReader.read(file);
        assertThat(config.semconv()).isEqualTo("1.44.0");
        assertThat(config.schemas()).containsExactly(tmp.resolve("shared/schemas").toAbsolutePath().normalize());
    }

    @Test
    void anExclusionWithoutAReasonIsAnErrorAtItsLine() throws IOException {
        assertError("semconv: 1.44.0\nexclude:\n  - rule: mapping.coerced\n    paths: [data/**]\n",
                ":3: exclude: every entry needs a reason");
    }

    @Test
    void anUnknownKeyIsAnErrorAtItsLine() throws IOException {
        assertError("semconv: 1.44.0\n\nseverity:\n  mapping.coerced: info\n", ":3: unknown key \"severity\": expected one of exclude, rules, schemas, semconv");
        assertError("exclude:\n  - rule: mapping.coerced\n    because: old data\n", ":3: unknown key \"because\" in an exclude entry");
    }

    @Test
    void unknownRulesAndSeveritiesAreErrors() throws IOException {
        assertError("rules:\n  mapping.coerce: info\n", ":2: unknown rule \"mapping.coerce\"");
        assertError("rules:\n  mapping.coerced: loud\n", ":2: rules.mapping.coerced: expected error, warning or info, got \"loud\"");
        assertError("rules: [mapping.coerced]\n", ":1: rules: expected a mapping");
    }

    @Test
    void aPathGlobThatDoesNotCompileIsAnErrorAtItsLine() throws IOException {
        assertError("exclude:\n  - rule: mapping.coerced\n    paths: [\"data/[a\"]\n    reason: old data\n",
                ":3: exclude.paths: \"data/[a\" is not a glob: ");
    }

    @Test
    void aSemconvThatIsNeitherShippedNorAPathIsAnErrorAtItsLine() throws IOException {
        assertError("rules:\n  mapping.coerced: info\nsemconv: 9.9.9\n",
                ":3: semconv: expected a shipped version (1.44.0), a model/ directory or a registry.json, got \"9.9.9\"");
    }

    @Test
    void aSemconvRegistryFileIsRelativeToTheConfig() throws IOException {
        Files.createDirectories(tmp.resolve("conventions"));
        Files.writeString(tmp.resolve("conventions/registry.json"), "{}");
        Path file = tmp.resolve(".otelint.yaml");
        Files.writeString(file, "semconv: conventions/registry.json\n");
        assertThat(ProjectConfigReader.read(file).semconv())
                .isEqualTo(tmp.resolve("conventions/registry.json").toAbsolutePath().normalize().toString());
    }

    @Test
    void aSchemasFolderThatDoesNotExistIsAnErrorAtItsLine() throws IOException {
        assertError("schemas:\n  - shared/schemas\n", ":1: schemas: ");
        assertThatThrownBy(() -> ProjectConfigReader.read(tmp.resolve(".otelint.yaml")))
                .hasMessageEndingWith("shared/schemas: no such folder");
    }

    @Test
    void aYamlSyntaxErrorNamesTheProblemAndWhereItIs() throws IOException {
        assertError("semconv: 1.44.0\nrules: [mapping.coerced\nexclude: x\n",
                ":3:8: not valid YAML: expected ',' or ']', but got :");
        assertError("\t- x\n", ":1:1: not valid YAML: found character '\\t(TAB)' that cannot start any token");
    }

    private void assertError(String yaml, String message) throws IOException {
        Path file = tmp.resolve(".otelint.yaml");
        Files.writeString(file, yaml);
        assertThatThrownBy(() -> ProjectConfigReader.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + message);
    }
}
