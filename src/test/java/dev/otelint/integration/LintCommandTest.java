package dev.otelint.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.otelint.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real CLI: exit codes, the summary table, and where it goes. */
class LintCommandTest {

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aCleanIntegrationExitsZeroWithoutATable() {
        Run run = run("lint", IntegrationFixture.clean(tmp).dir().toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).doesNotContain("integration  ");
    }

    @Test
    void severalIntegrationsGetASummaryTableAfterTheTextReport() {
        IntegrationFixture.clean(tmp, "one");
        IntegrationFixture.clean(tmp, "two").delete("static/logo.svg");
        Run run = run("lint", tmp.toString());
        assertThat(run.code()).isEqualTo(1);
        String[] lines = run.out().split("\n");
        assertThat(run.out()).contains("integration.missing-static");
        assertThat(lines[lines.length - 4]).matches("integration +errors +warnings +time");
        assertThat(lines[lines.length - 3]).matches(".*one +0 +0 +\\d+\\.\\d\\d s");
        assertThat(lines[lines.length - 2]).matches(".*two +1 +0 +\\d+\\.\\d\\d s");
        assertThat(lines[lines.length - 1]).matches("2 integrations +1 +0 +\\d+\\.\\d\\d s");
    }

    @Test
    void aSemconvThatCannotBeResolvedExitsTwoBeforeAnyCheck() {
        Run run = run("lint", "--semconv", "9.9.9", IntegrationFixture.clean(tmp).dir().toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).startsWith("otelint: --semconv: semantic conventions '9.9.9': expected a shipped version");
    }

    @Test
    void withJsonOnStandardOutputTheTableGoesToStandardError() throws IOException {
        IntegrationFixture.clean(tmp, "one");
        IntegrationFixture.clean(tmp, "two").delete("static/logo.svg");
        Run run = run("lint", "--format", "json", "--fail-on", "none", tmp.toString());
        assertThat(run.code()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("findings")).hasSize(1);
        assertThat(run.err()).contains("2 integrations");
    }

    @Test
    void aBadOtelintYamlExitsTwoNamingFileAndLine() throws IOException {
        IntegrationFixture fixture = IntegrationFixture.clean(tmp);
        Files.writeString(tmp.resolve(".otelint.yaml"), "semconv: 1.44.0\nsemconv_version: 1\n");
        Run run = run("lint", fixture.dir().toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("otelint: " + tmp.resolve(".otelint.yaml")
                + ":2: unknown key \"semconv_version\": expected one of exclude, rules, schemas, semconv");
    }

    @Test
    void aFolderWithoutIntegrationsExitsTwo() {
        Run run = run("lint", tmp.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(tmp + ": no integration found");
    }

    @Test
    void aMissingFolderAndAFileAreToldApart() throws IOException {
        Path file = Files.writeString(tmp.resolve("demo-1.0.0.json"), "{}");
        assertThat(run("lint", tmp.resolve("nosuch").toString()).err().strip()).isEqualTo("otelint: " + tmp.resolve("nosuch")
                + ": no such directory: expected an integration folder or a folder of them");
        assertThat(run("lint", file.toString()).err().strip()).isEqualTo("otelint: " + file
                + ": not a directory: expected an integration folder or a folder of them");
    }

    @Test
    void everyExampleLintsWithoutAnyFinding() throws IOException {
        List<String> args = new ArrayList<>(List.of("lint", "--fail-on", "info"));
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            examples.filter(Files::isDirectory).sorted().forEach(p -> args.add(p.toString()));
        }
        assertThat(args).contains(Path.of("examples/nginx").toString());
        Run run = run(args.toArray(String[]::new));
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("0 errors, 0 warnings, 0 infos");
    }
}
