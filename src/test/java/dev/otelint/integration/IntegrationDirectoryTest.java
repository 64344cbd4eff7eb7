package dev.otelint.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegrationDirectoryTest {

    @TempDir
    Path tmp;

    private Path integration(String name) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir.resolve("schemas"));
        return dir;
    }

    @Test
    void aDirectoryWithSchemasIsAnIntegration() throws IOException {
        Path dir = integration("nginx");
        Files.createDirectories(tmp.resolve("other/schema"));
        assertThat(IntegrationDirectory.isIntegration(dir)).isTrue();
        assertThat(IntegrationDirectory.isIntegration(tmp.resolve("other"))).isFalse();
    }

    @Test
    void theHighestVersionedConfigWinsComparedPartByPart() throws IOException {
        Path dir = integration("nginx");
        for (String version : new String[] {"1.9.0", "1.10.0", "1.2"}) {
            Files.writeString(dir.resolve("nginx-" + version + ".json"), "{version: '" + version + "'}");
        }
        Files.writeString(dir.resolve("nginx-2.0.0-beta.json"), "{}");
        Files.writeString(dir.resolve("apache-9.0.0.json"), "{}");

        IntegrationDirectory read = IntegrationDirectory.open(dir);

        assertThat(read.configFiles()).extracting(p -> p.getFileName().toString())
                .containsExactly("nginx-1.10.0.json", "nginx-1.9.0.json", "nginx-1.2.json");
        assertThat(read.configVersion()).map(ConfigVersion::text).contains("1.10.0");
        assertThat(read.config().flatMap(IntegrationConfig::version)).contains("1.10.0");
    }

    @Test
    void aConfigThatDoesNotParseIsKeptAsItsError() throws IOException {
        Path dir = integration("nginx");
        Files.writeString(dir.resolve("nginx-1.0.0.json"), "{\n  name: 'nginx'\n  version: '1.0.0'\n}");

        IntegrationDirectory read = IntegrationDirectory.open(dir);

        assertThat(read.config()).isEmpty();
        assertThat(read.configError()).hasValueSatisfying(e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void typedEntriesOfTheConfig() throws IOException {
        Path dir = integration("nginx");
        Files.writeString(dir.resolve("nginx-1.0.0.json"), """
                {name: 'nginx', version: '1.0.0', type: 'logs',
                 components: [{name: 'logs', version: '1.0.0'}, {name: 'broken'}],
                 assets: [{name: 'nginx', version: '1.0.0', extension: 'ndjson', type: 'savedObjectBundle',
                           workflows: ['dashboards']}],
                 workflows: [{name: 'dashboards'}],
                 statics: {logo: {path: 'logo.svg'}, gallery: [{path: 'a.png'}, {path: 'b.png'}]},
                 sampleData: {path: 'sample.json'}}
                """);

        IntegrationConfig config = IntegrationDirectory.open(dir).config().orElseThrow();

        assertThat(config.components()).extracting(IntegrationConfig.Component::fileName)
                .containsExactly("logs-1.0.0.mapping.json");
        assertThat(config.assets()).extracting(IntegrationConfig.Asset::fileName).containsExactly("nginx-1.0.0.ndjson");
        assertThat(config.assets().get(0).workflows()).containsExactly("dashboards");
        assertThat(config.workflowNames()).containsExactly("dashboards");
        assertThat(config.statics()).extracting(IntegrationConfig.StaticFile::pointer, IntegrationConfig.StaticFile::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/statics/logo", "logo.svg"),
                        org.assertj.core.groups.Tuple.tuple("/statics/gallery/0", "a.png"),
                        org.assertj.core.groups.Tuple.tuple("/statics/gallery/1", "b.png"));
        assertThat(config.components().get(0).pointer()).isEqualTo("/components/0");
        assertThat(config.sampleDataPath()).contains("sample.json");
    }

    @Test
    void namedFilesStayInsideTheirFolder() {
        Path base = tmp.resolve("static");
        assertThat(IntegrationDirectory.inside(base, "img/logo.svg")).contains(base.resolve("img/logo.svg"));
        assertThat(IntegrationDirectory.inside(base, "../nginx-1.0.0.json")).isEmpty();
        assertThat(IntegrationDirectory.inside(base, "/etc/passwd")).isEmpty();
        assertThat(IntegrationDirectory.inside(base, "")).isEmpty();
    }

    @Test
    void ndjsonIsTheFallbackWhenTheFileIsNotOneValue() throws Exception {
        Json5Document doc = Json5Document.parse("{a: 1}\n\n{a: 2}\n");
        assertThat(doc.ndjson()).isTrue();
        assertThat(doc.value().elements()).extracting(v -> v.line()).containsExactly(1, 3);
        assertThat(Json5Document.parse("{a: 1}").ndjson()).isFalse();
    }

    @Test
    void anNdjsonFileWithABadLineReportsThatLine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Json5Document.parse("{a: 1}\n{a: 2}\n{a: }\n"))
                .isInstanceOfSatisfying(Json5SyntaxException.class, e -> assertThat(e.line()).isEqualTo(3));
    }
}
