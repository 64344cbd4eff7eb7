package dev.otelint.integration.bundle;

import static dev.otelint.integration.bundle.BundledTemplates.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.otelint.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `otelint bundle` output read back: every inlined file decodes to the file on disk, byte for byte. */
class BundleRoundTripTest {

    @TempDir
    Path tmp;

    private JsonNode bundleOne(Path integration) throws IOException {
        Path out = tmp.resolve("out/bundle.ndjson");
        CliRun run = CliRun.of("bundle", "--output", out.toString(), integration.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> lines = BundledTemplates.lines(Files.readString(out));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).isEqualTo(JSON.readTree("{\"exportedCount\":1,\"missingRefCount\":0,\"missingReferences\":[]}"));
        return lines.get(0);
    }

    @Test
    void theSavedObjectIsAnIntegrationTemplateWithTheCatalogId() throws IOException {
        JsonNode template = bundleOne(IntegrationFixture.write(tmp, "web", "1.0.0"));

        assertThat(template.get("type").asText()).isEqualTo("integration-template");
        assertThat(template.get("id").asText()).isEqualTo(TemplateId.of("web", "logs", "1.0.0").toString());
        assertThat(template.get("references")).isEmpty();
        assertThat(template.has("updated_at")).as("no timestamp: the same input bundles to the same bytes").isFalse();
        JsonNode attributes = template.get("attributes");
        assertThat(attributes.get("name").asText()).isEqualTo("web");
        assertThat(attributes.get("statics").get("logo").get("annotation").asText()).isEqualTo("Logo");
        assertThat(attributes.get("assets").get(1).get("type").asText()).isEqualTo("query");
    }

    @Test
    void staticsAndQueriesAreBase64OfTheirBytes() throws IOException {
        Path dir = IntegrationFixture.write(tmp, "web", "1.0.0");
        JsonNode attributes = bundleOne(dir).get("attributes");

        assertThat(decode(attributes.get("statics").get("logo"))).isEqualTo(Files.readAllBytes(dir.resolve("static/logo.svg")));
        assertThat(decode(attributes.get("statics").get("gallery").get(0))).isEqualTo(IntegrationFixture.everyByte());
        assertThat(decode(attributes.get("assets").get(1)))
                .isEqualTo(IntegrationFixture.QUERY.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jsonFilesAreInlinedAsTheirTextAndNdjsonAsTheArrayOfItsLines() throws IOException {
        Path dir = IntegrationFixture.write(tmp, "web", "1.0.0");
        JsonNode attributes = bundleOne(dir).get("attributes");

        assertThat(attributes.get("components").get(0).get("data").asText())
                .isEqualTo(Files.readString(dir.resolve("schemas/logs-1.0.0.mapping.json")));
        assertThat(attributes.get("components").get(1).get("data").asText()).isEqualTo(IntegrationFixture.HTTP_MAPPING);
        assertThat(attributes.get("assets").get(0).get("data").asText())
                .isEqualTo("[" + String.join(",", BundledTemplates.ndjsonLines(IntegrationFixture.SAVED_OBJECTS)) + "]");
        assertThat(attributes.get("sampleData").get("data").asText())
                .isEqualTo("[" + String.join(",", BundledTemplates.ndjsonLines(IntegrationFixture.SAMPLE)) + "]");
        // what Dashboards does with them: JSON.parse
        assertThat(JSON.readTree(attributes.get("assets").get(0).get("data").asText())).hasSize(3);
        assertThat(JSON.readTree(attributes.get("sampleData").get("data").asText()).get(0).get("body").asText())
                .isEqualTo("GET / caf\u00e9");
    }

    @Test
    void aJson5AssetIsConvertedToTheJsonOfItsValue() throws IOException {
        JsonNode attributes = bundleOne(IntegrationFixture.write(tmp, "web", "1.0.0")).get("attributes");

        assertThat(attributes.get("assets").get(2).get("data").asText()).isEqualTo(
                "{\"type\":\"observability-notebook\",\"id\":\"n1\",\"attributes\":{\"title\":\"Notes\",\"size\":16,\"ratio\":0.5}}");
    }

    @Test
    void aJsonArraySampleIsInlinedAsItsText() throws IOException {
        Path dir = IntegrationFixture.write(tmp, "web", "1.0.0");
        String array = "[\n  {\"body\": \"a\"},\n  {\"body\": \"\u00e9\"}\n]\n";
        IntegrationFixture.write(dir.resolve("data/sample.ndjson"), array);

        assertThat(bundleOne(dir).get("attributes").get("sampleData").get("data").asText()).isEqualTo(array);
    }

    @Test
    void theSameIntegrationBundlesToTheSameBytesAndAnotherVersionToAnotherId() throws IOException {
        Path dir = IntegrationFixture.write(tmp.resolve("a"), "web", "1.0.0");
        Path first = tmp.resolve("first.ndjson");
        Path second = tmp.resolve("second.ndjson");
        assertThat(CliRun.of("bundle", "--output", first.toString(), dir.toString()).exitCode()).isZero();
        assertThat(CliRun.of("bundle", "--output", second.toString(), dir.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));

        JsonNode next = bundleOne(IntegrationFixture.write(tmp.resolve("b"), "web", "1.1.0"));
        assertThat(next.get("id").asText()).isNotEqualTo(BundledTemplates.lines(Files.readString(first)).get(0).get("id").asText())
                .isEqualTo(TemplateId.of("web", "logs", "1.1.0").toString());
    }

    @Test
    void withoutOutputTheBundleGoesToStandardOutputAndTheSummaryToStandardError() throws IOException {
        Path dir = IntegrationFixture.write(tmp, "web", "1.0.0");

        CliRun run = CliRun.of("bundle", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(BundledTemplates.lines(run.out())).hasSize(2);
        assertThat(run.err()).contains("bundled web 1.0.0 (" + TemplateId.of("web", "logs", "1.0.0")
                + "): 2 components, 3 assets, 2 statics, 2 sample records")
                .contains("wrote 1 integration template");
        assertThat(CliRun.of("bundle", "--output", "-", dir.toString()).out()).isEqualTo(run.out());
    }

    private static byte[] decode(JsonNode entry) {
        return Base64.getDecoder().decode(entry.get("data").asText());
    }
}
