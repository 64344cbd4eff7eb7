package dev.otelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.otelint.integration.scaffold.IntegrationFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path parent;

    @ParameterizedTest(name = "--type {0} --components {1}")
    @CsvSource({
        "logs, '', 'logs,http,url,communication'",
        "logs, none, logs",
        "logs, 'http,k8s,cloud,container', 'logs,http,k8s,cloud,container'",
        "logs, 'url,aws_elb', 'logs,url,aws_elb'",
        "traces, '', 'traces,http,tracegroups'",
        "traces, tracegroups, 'traces,tracegroups'",
        "metrics, '', 'metrics,http'",
        "metrics, none, metrics"})
    void everyTypeAndComponentSetGivesAnIntegrationThatLintsClean(String type, String components, String expected)
            throws IOException {
        List<String> args = new ArrayList<>(List.of("new", "app", "--no-input", "--type", type, "--directory",
                parent.toString()));
        if (!components.isEmpty()) {
            args.addAll(List.of("--components", components));
        }
        CliRun created = CliRun.of(args.toArray(String[]::new));
        assertThat(created.exitCode()).as(created.err()).isZero();
        Path dir = parent.resolve("app");

        JsonNode config = IntegrationFormat.assertFollowsFormat(dir, "app", "1.0.0");
        assertThat(config.get("type").asText()).isEqualTo(type);
        List<String> names = new ArrayList<>();
        config.get("components").forEach(c -> names.add(c.get("name").asText()));
        assertThat(names).containsExactly(expected.split(","));
        assertNoFindings("lint", dir.toString());
        assertNoFindings("validate", "--integration", dir.toString(), dir.resolve("data").toString());
        assertNoFindings("check-assets", "--integration", dir.toString());
        IntegrationFormat.assertConsistentBundle(dir.resolve("assets/app-1.0.0.ndjson"));
    }

    @Test
    void theIndexTemplateComposesExactlyTheChosenComponents() throws IOException {
        assertThat(CliRun.of("new", "web", "--no-input", "--components", "url,http", "--directory", parent.toString())
                .exitCode()).isZero();
        JsonNode template = JSON.readTree(parent.resolve("web/schemas/logs-1.0.0.mapping.json").toFile());
        assertThat(template.get("composed_of")).extracting(JsonNode::asText).containsExactly("url", "http");
        assertThat(template.get("index_patterns")).extracting(JsonNode::asText).containsExactly("ss4o_logs-*-*");
        try (var files = Files.list(parent.resolve("web/schemas"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "logs-1.0.0.mapping.json", "url-1.0.0.mapping.json", "http-1.0.0.mapping.json");
        }
    }

    @Test
    void sampleRecordsCarryTheChosenComponentsFieldsWithIntegerStatusCodes() throws IOException {
        assertThat(CliRun.of("new", "web", "--no-input", "--directory", parent.toString()).exitCode()).isZero();
        JsonNode records = JSON.readTree(parent.resolve("web/data/sample.json").toFile());
        assertThat(records).hasSizeGreaterThanOrEqualTo(3);
        for (JsonNode record : records) {
            assertThat(record.at("/http/response/status_code").isInt()).as(record.toString()).isTrue();
            assertThat(record.at("/url/path").asText()).startsWith("/");
            assertThat(record.at("/attributes/data_stream/dataset").asText()).isEqualTo("web");
        }
    }

    @Test
    void flagsFillTheConfigAndValuesAreEscapedForEachFile() throws IOException {
        String display = "Tom's \"<web>\" & C:\\logs";
        CliRun run = CliRun.of("new", "web", "--no-input", "--display-name", display, "--description", "Line {{name}} ok",
                "--version", "2.3.4", "--directory", parent.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path dir = parent.resolve("web");
        JsonNode config = IntegrationFormat.assertFollowsFormat(dir, "web", "2.3.4");
        assertThat(config.get("displayName").asText()).isEqualTo(display);
        // a value is inserted once: placeholders inside it are not filled again
        assertThat(config.get("description").asText()).isEqualTo("Line {{name}} ok");
        assertThat(Files.readString(dir.resolve("static/logo.svg")))
                .contains("<title>Tom&apos;s &quot;&lt;web&gt;&quot; &amp; C:\\logs</title>").contains(">T</text>");
        List<JsonNode> objects = IntegrationFormat.assertConsistentBundle(dir.resolve("assets/web-2.3.4.ndjson"));
        JsonNode dashboard = objects.stream().filter(o -> o.get("type").asText().equals("dashboard")).findFirst().orElseThrow();
        assertThat(dashboard.at("/attributes/title").asText()).isEqualTo(display + " logs");
    }

    @Test
    void savedObjectIdsAreStablePerNameAndDifferBetweenNames() throws IOException {
        for (String name : List.of("one", "two")) {
            assertThat(CliRun.of("new", name, "--no-input", "--directory", parent.toString()).exitCode()).isZero();
        }
        assertThat(CliRun.of("new", "one", "--no-input", "--force", "--directory", parent.resolve("again").toString())
                .exitCode()).isZero();
        List<String> one = ids(parent.resolve("one/assets/one-1.0.0.ndjson"));
        assertThat(ids(parent.resolve("again/one/assets/one-1.0.0.ndjson"))).isEqualTo(one);
        assertThat(ids(parent.resolve("two/assets/two-1.0.0.ndjson"))).doesNotContainAnyElementsOf(one);
        assertThat(one).allMatch(id -> id.matches("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
    }

    @Test
    void namesOutsideThePatternAreRefusedAndNothingIsCreated() throws IOException {
        for (String bad : List.of("Demo", "-demo", "_demo", "de mo", "../demo", "a/b", "demo.", "")) {
            CliRun run = CliRun.of("new", "--no-input", "--directory", parent.toString(), "--", bad);
            assertThat(run.exitCode()).as(bad).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err().trim()).as(bad).startsWith("otelint: name '" + bad + "': expected lower-case")
                    .doesNotContain("\n");
        }
        try (var created = Files.list(parent)) {
            assertThat(created).isEmpty();
        }
    }

    @Test
    void unknownComponentsAndTypesNameTheValidOnes() {
        CliRun component = CliRun.of("new", "x", "--no-input", "--type", "metrics", "--components", "url",
                "--directory", parent.toString());
        assertThat(component.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(component.err().trim()).isEqualTo("otelint: --components: no component 'url' for metrics; valid: http");
        CliRun type = CliRun.of("new", "x", "--no-input", "--type", "events", "--directory", parent.toString());
        assertThat(type.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(type.err().trim()).isEqualTo("otelint: --type: expected logs, traces or metrics, got 'events'");
        assertThat(parent.resolve("x")).doesNotExist();
    }

    @Test
    void withoutANameAndWithoutATerminalItSaysTheNameIsRequired() {
        CliRun run = CliRun.of("new", "--no-input", "--directory", parent.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("otelint: a name is required");
    }

    @Test
    void anExistingFolderIsOnlyWrittenWithForceWhichKeepsOtherFiles() throws IOException {
        Path dir = Files.createDirectories(parent.resolve("web"));
        Files.writeString(dir.resolve("NOTES.md"), "mine");
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/sample.json"), "old");

        CliRun refused = CliRun.of("new", "web", "--no-input", "--directory", parent.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err()).contains("web: already exists; use --force");
        assertThat(Files.readString(dir.resolve("data/sample.json"))).isEqualTo("old");

        CliRun forced = CliRun.of("new", "web", "--no-input", "--force", "--directory", parent.toString());
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readString(dir.resolve("data/sample.json"))).startsWith("[");
        assertThat(Files.readString(dir.resolve("NOTES.md"))).isEqualTo("mine");
    }

    @Test
    void forceNeverWritesThroughASymbolicLink() throws IOException {
        Path outside = Files.writeString(parent.resolve("outside.svg"), "precious");
        Path dir = Files.createDirectories(parent.resolve("web/static"));
        Files.createSymbolicLink(dir.resolve("logo.svg"), outside);
        CliRun run = CliRun.of("new", "web", "--no-input", "--force", "--directory", parent.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("logo.svg: is a symbolic link");
        assertThat(Files.readString(outside)).isEqualTo("precious");

        Path linkedFolder = Files.createSymbolicLink(parent.resolve("linked"), Files.createDirectories(parent.resolve("real")));
        CliRun linked = CliRun.of("new", "linked", "--no-input", "--force", "--directory", parent.toString());
        assertThat(linked.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(linked.err()).contains(linkedFolder.getFileName() + ": is a symbolic link");
        try (var real = Files.list(parent.resolve("real"))) {
            assertThat(real).isEmpty();
        }
    }

    @Test
    void aTemplateEntryThatEscapesTheTargetIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path template = copyOfBuiltinTemplate();
        Path manifest = template.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest)
                .replace("\"target\": \"info/README.md\"", "\"target\": \"../../escaped.md\""));
        CliRun run = CliRun.of("new", "web", "--no-input", "--template", template.toString(), "--directory",
                parent.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().trim()).isEqualTo("otelint: " + manifest + ": target '../../escaped.md' escapes the "
                + "integration directory");
        assertThat(parent.resolve("out")).doesNotExist();
        assertThat(parent.resolve("escaped.md")).doesNotExist();
    }

    @Test
    void anUnknownPlaceholderInATemplateNamesTheFile() throws IOException {
        Path template = copyOfBuiltinTemplate();
        Files.writeString(template.resolve("info/README.md"), "# {{title}}\n");
        CliRun run = CliRun.of("new", "web", "--no-input", "--template", template.toString(), "--directory",
                parent.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("otelint: " + template.resolve("info/README.md") + ": unknown placeholder {{title}}");
    }

    @Test
    void aBrokenManifestIsOneLineNamingTheFileAndLine() throws IOException {
        Path template = copyOfBuiltinTemplate();
        Path manifest = template.resolve("manifest.json");
        Files.writeString(manifest, "{\n  \"defaultType\": \"logs\",\n  \"files\": [,]\n}\n");
        CliRun run = CliRun.of("new", "web", "--no-input", "--template", template.toString(), "--directory",
                parent.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("otelint: " + manifest + ":3: not a template manifest: ");
        assertThat(run.err().trim()).doesNotContain("\n");
    }

    @Test
    void withoutATerminalItNeverReadsStandardInput() throws Exception {
        java.io.InputStream stdin = System.in;
        // a pipe nobody writes to: reading it would block for ever
        try (java.io.PipedOutputStream writer = new java.io.PipedOutputStream();
                java.io.PipedInputStream pipe = new java.io.PipedInputStream(writer)) {
            System.setIn(pipe);
            CliRun run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                    () -> CliRun.of("new", "quiet", "--directory", parent.toString()));
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(pipe.available()).isZero();
        } finally {
            System.setIn(stdin);
        }
        IntegrationFormat.assertFollowsFormat(parent.resolve("quiet"), "quiet", "1.0.0");
    }

    @Test
    void theReportListsTheFilesAndTheNextStep() {
        CliRun run = CliRun.of("new", "web", "--no-input", "--type", "traces", "--directory", parent.toString());
        assertThat(run.out()).startsWith("Created " + parent.resolve("web") + " (traces, components: http, tracegroups), ")
                .contains("  web-1.0.0.json\n", "  getting-started/collector.yaml\n")
                .contains("Check it: otelint lint " + parent.resolve("web"));
    }

    private Path copyOfBuiltinTemplate() throws IOException {
        Path source = Path.of("integrations-template");
        Path copy = parent.resolve("template");
        try (var files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }

    private static List<String> ids(Path ndjson) throws IOException {
        List<String> ids = new ArrayList<>();
        for (JsonNode object : IntegrationFormat.assertConsistentBundle(ndjson)) {
            ids.add(object.get("id").asText());
        }
        return ids;
    }

    private static void assertNoFindings(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(1, List.of("--fail-on", "info"));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).as(run.out()).contains("0 errors, 0 warnings, 0 infos");
    }
}
