package dev.otelint.integration.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.otelint.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bundles every reference integration (opensearch-catalog integrations/observability) and reads the bundle back:
 * ids as the catalog's bundler computes them, every inlined file equal to the file on disk. Skips visibly when
 * ../shared/reference (or -Dotelint.reference) is absent.
 */
class BundleConformanceTest {

    @TempDir
    Path tmp;

    private static Path integrations() {
        String configured = System.getProperty("otelint.reference");
        Path root = configured != null ? Path.of(configured) : Path.of("../shared/reference");
        Path dir = root.resolve("opensearch-catalog/integrations/observability");
        if (!Files.isDirectory(dir)) {
            System.err.println("BundleConformanceTest skipped: no reference integrations at "
                    + dir.toAbsolutePath() + " (set -Dotelint.reference=<dir>)");
        }
        Assumptions.assumeTrue(Files.isDirectory(dir), "reference data absent: " + dir);
        return dir;
    }

    @Test
    void everyReferenceIntegrationBundlesAndDecodesBackToItsFiles() throws IOException {
        Path reference = integrations();
        Path out = tmp.resolve("catalog.ndjson");

        CliRun run = CliRun.of("bundle", "--output", out.toString(), reference.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        // aws_cloudtrail's config says 1.1.0 in aws_cloudtrail-1.0.0.json: a warning, bundled under 1.1.0
        assertThat(run.err()).contains("0 errors, 1 warning, 0 infos").contains("[integration.version-mismatch]");
        List<JsonNode> lines = BundledTemplates.lines(Files.readString(out));
        assertThat(lines.get(lines.size() - 1).get("exportedCount").asInt()).isEqualTo(6);
        Map<String, String> observed = new TreeMap<>();
        for (JsonNode template : lines.subList(0, lines.size() - 1)) {
            JsonNode attributes = template.get("attributes");
            Path dir = reference.resolve(attributes.get("name").asText());
            observed.put(attributes.get("name").asText(), template.get("id").asText() + " "
                    + BundledTemplates.JSON.readTree(attributes.get("sampleData").get("data").asText()).size());
            assertDecodesToFiles(attributes, dir);
        }
        // ids: Python's uuid5(NAMESPACE_OS_CATALOG, '["name","type","version"]'); then the sample record count
        assertThat(observed).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "amazon_elb", "c89d814c-6ce7-5164-b1af-f15be2b5f778 56",
                "apache", "fe0d7fd0-bac9-5f47-9cb1-9bcc24b49048 4",
                "aws_cloudtrail", "3b6fee2d-bf3b-5aa7-8339-de9d59a924c8 50",
                "haproxy", "ecb508ed-4373-5f02-9f10-535bc9e4df50 8",
                "k8s", "52b83414-b275-5fe9-82e9-76acd513708b 80",
                "nginx", "2a6f5a70-f3b7-5755-a764-42e0144f9dbd 990")));
    }

    private static void assertDecodesToFiles(JsonNode attributes, Path dir) throws IOException {
        for (JsonNode component : attributes.get("components")) {
            Path file = dir.resolve("schemas/" + component.get("name").asText() + "-" + component.get("version").asText()
                    + ".mapping.json");
            assertThat(component.get("data").asText()).as(file.toString()).isEqualTo(Files.readString(file));
        }
        for (JsonNode asset : attributes.get("assets")) {
            String extension = asset.get("extension").asText();
            Path file = dir.resolve("assets/" + asset.get("name").asText() + "-" + asset.get("version").asText() + "."
                    + extension);
            String data = asset.get("data").asText();
            if (extension.equals("ndjson")) {
                assertThat(data).as(file.toString())
                        .isEqualTo("[" + String.join(",", BundledTemplates.ndjsonLines(Files.readString(file))) + "]");
            } else if (extension.equals("json")) {
                assertThat(data).as(file.toString()).isEqualTo(Files.readString(file));
            } else {
                assertThat(Base64.getDecoder().decode(data)).as(file.toString()).isEqualTo(Files.readAllBytes(file));
            }
        }
        JsonNode statics = attributes.get("statics");
        for (String single : List.of("logo", "darkModeLogo")) {
            if (statics.has(single)) {
                assertStatic(statics.get(single), dir);
            }
        }
        for (String gallery : List.of("gallery", "darkModeGallery")) {
            for (JsonNode image : statics.path(gallery)) {
                assertStatic(image, dir);
            }
        }
        Path sample = dir.resolve("data/" + attributes.get("sampleData").get("path").asText());
        assertThat(attributes.get("sampleData").get("data").asText()).as(sample.toString())
                .isEqualTo(Files.readString(sample, StandardCharsets.UTF_8));
    }

    private static void assertStatic(JsonNode image, Path dir) throws IOException {
        Path file = dir.resolve("static/" + image.get("path").asText());
        assertThat(Base64.getDecoder().decode(image.get("data").asText())).as(file.toString())
                .isEqualTo(Files.readAllBytes(file));
    }
}
