package dev.otelint.integration.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.otelint.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several integrations bundle to one file; one broken integration, or a file from outside, and nothing is written. */
class BundleRefusalTest {

    @TempDir
    Path tmp;

    private Path out() {
        return tmp.resolve("bundle.ndjson");
    }

    @Test
    void aFolderOfIntegrationsBundlesToOneLineEachInNameOrder() throws IOException {
        Path root = tmp.resolve("integrations");
        IntegrationFixture.write(root, "web", "1.0.0");
        IntegrationFixture.write(root, "api", "2.0.0");

        CliRun run = CliRun.of("bundle", "--output", out().toString(), root.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> lines = BundledTemplates.lines(Files.readString(out()));
        assertThat(lines).hasSize(3);
        assertThat(lines.subList(0, 2)).extracting(line -> line.get("attributes").get("name").asText())
                .containsExactly("api", "web");
        assertThat(lines.get(0).get("id").asText()).isEqualTo(TemplateId.of("api", "logs", "2.0.0").toString());
        assertThat(lines.get(2).get("exportedCount").asInt()).isEqualTo(2);
        assertThat(run.err()).contains("wrote 2 integration templates");
    }

    @Test
    void oneBrokenIntegrationRefusesTheWholeBundle() throws IOException {
        Path root = tmp.resolve("integrations");
        IntegrationFixture.write(root, "web", "1.0.0");
        Path api = IntegrationFixture.write(root, "api", "1.0.0");
        Files.delete(api.resolve("schemas/http-1.0.0.mapping.json"));

        CliRun run = CliRun.of("bundle", "--output", out().toString(), root.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error [integration.missing-component-file]")
                .contains("component schemas/http-1.0.0.mapping.json does not exist")
                .contains("otelint: no bundle written");
        assertThat(out()).doesNotExist();
    }

    @Test
    void aConfigThatDoesNotParseIsRefused() throws IOException {
        Path web = IntegrationFixture.write(tmp, "web", "1.0.0");
        Files.writeString(web.resolve("web-1.0.0.json"), "{name: 'web',\n version: }\n");

        CliRun run = CliRun.of("bundle", "--output", out().toString(), web.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("web-1.0.0.json:2:").contains("error [integration.config-syntax]");
        assertThat(out()).doesNotExist();
    }

    @Test
    void aStaticPathClimbingOutOfStaticIsRefused() throws IOException {
        Path web = IntegrationFixture.write(tmp, "web", "1.0.0");
        Files.writeString(tmp.resolve("secret.png"), "not for upload");
        Path config = web.resolve("web-1.0.0.json");
        Files.writeString(config, Files.readString(config).replace("path: 'shot.png'", "path: '../../secret.png'"));

        CliRun run = CliRun.of("bundle", "--output", out().toString(), web.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error [integration.missing-static]").contains("is outside static/");
        assertThat(out()).doesNotExist();
    }

    @Test
    void aLinkToAFileOutsideTheIntegrationIsRefused() throws IOException {
        Path web = IntegrationFixture.write(tmp, "web", "1.0.0");
        Path secret = Files.writeString(tmp.resolve("secret.png"), "not for upload");
        Files.delete(web.resolve("static/shot.png"));
        Files.createSymbolicLink(web.resolve("static/shot.png"), secret);

        CliRun run = CliRun.of("bundle", "--output", out().toString(), web.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("web-1.0.0.json:4:").contains("error [bundle.file-outside-integration]")
                .contains("/statics/gallery/0/path: static/shot.png is a link to " + secret.toRealPath()
                        + ", outside the integration");
        assertThat(out()).doesNotExist();
    }

    @Test
    void twoIntegrationsWithTheSameNameTypeAndVersionAreRefused() throws IOException {
        IntegrationFixture.write(tmp.resolve("a"), "web", "1.0.0");
        IntegrationFixture.write(tmp.resolve("b"), "web", "1.0.0");

        CliRun run = CliRun.of("bundle", "--output", out().toString(), tmp.resolve("a").toString(),
                tmp.resolve("b").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error [bundle.duplicate-id] web logs 1.0.0 is also the name, type and version of "
                + tmp.resolve("a/web"));
        assertThat(out()).doesNotExist();
    }

    @Test
    void anOutputInsideAnIntegrationBeingBundledIsABadInvocation() throws IOException {
        Path web = IntegrationFixture.write(tmp, "web", "1.0.0");

        CliRun run = CliRun.of("bundle", "--output", web.resolve("data/bundle.ndjson").toString(), web.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("otelint: --output " + web.resolve("data/bundle.ndjson") + ": inside the integration")
                .doesNotContain("\tat ");
        assertThat(web.resolve("data/bundle.ndjson")).doesNotExist();
    }

    @Test
    void aPathWithoutIntegrationsIsABadInvocation() throws IOException {
        Files.createDirectories(tmp.resolve("empty"));

        CliRun run = CliRun.of("bundle", "--output", out().toString(), tmp.resolve("empty").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no integration found");
    }
}
