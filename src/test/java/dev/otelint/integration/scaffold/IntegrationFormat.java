package dev.otelint.integration.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Asserts the integration format as OpenSearch Dashboards reads it (the config's required and allowed
 * keys, and the files it names), and the consistency of a saved-objects bundle. Test-only: the product's
 * checks are `otelint lint`'s.
 */
public final class IntegrationFormat {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CONFIG_KEYS = Set.of("name", "version", "license", "type", "components", "assets",
            "displayName", "author", "description", "sourceUrl", "labels", "tags", "workflows", "statics", "sampleData");

    private IntegrationFormat() {}

    /** Checks the folder against the format and returns its config. */
    public static JsonNode assertFollowsFormat(Path dir, String name, String version) throws IOException {
        Path configFile = dir.resolve(name + "-" + version + ".json");
        assertThat(configFile).isRegularFile();
        JsonNode config = JSON.readTree(configFile.toFile());
        List<String> keys = new ArrayList<>();
        config.fieldNames().forEachRemaining(keys::add);
        assertThat(CONFIG_KEYS).as("config keys").containsAll(keys);
        assertThat(keys).contains("name", "version", "license", "type", "components", "assets");
        assertThat(config.get("name").asText()).isEqualTo(name);
        assertThat(config.get("version").asText()).isEqualTo(version);
        String type = config.get("type").asText();
        List<String> componentNames = new ArrayList<>();
        for (JsonNode component : config.get("components")) {
            componentNames.add(component.get("name").asText());
            Path mapping = dir.resolve("schemas/" + component.get("name").asText() + "-"
                    + component.get("version").asText() + ".mapping.json");
            assertThat(mapping).isRegularFile();
            assertThat(JSON.readTree(mapping.toFile()).has("template")).as(mapping + " is a template").isTrue();
        }
        assertThat(componentNames).contains(type);
        assertThat(config.get("assets")).isNotEmpty();
        for (JsonNode asset : config.get("assets")) {
            assertThat(asset.get("type").asText()).isIn("savedObjectBundle", "query");
            assertThat(dir.resolve("assets/" + asset.get("name").asText() + "-" + asset.get("version").asText() + "."
                    + asset.get("extension").asText())).isRegularFile();
        }
        assertThat(dir.resolve("static/" + config.at("/statics/logo/path").asText())).isRegularFile();
        assertThat(dir.resolve("data/" + config.at("/sampleData/path").asText())).isRegularFile();
        return config;
    }

    /** Every line parses, JSON-string attributes parse, references resolve, exportedCount counts the objects. */
    public static List<JsonNode> assertConsistentBundle(Path ndjson) throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        JsonNode summary = null;
        for (String line : Files.readAllLines(ndjson)) {
            JsonNode node = JSON.readTree(line);
            if (node.has("exportedCount")) {
                summary = node;
            } else {
                objects.add(node);
            }
        }
        assertThat(summary).as("the exportedCount line").isNotNull();
        assertThat(summary.get("exportedCount").asInt()).isEqualTo(objects.size());
        Set<String> ids = new HashSet<>();
        for (JsonNode object : objects) {
            assertThat(ids.add(object.get("type").asText() + "/" + object.get("id").asText())).isTrue();
        }
        for (JsonNode object : objects) {
            Set<String> refNames = new HashSet<>();
            for (JsonNode ref : object.get("references")) {
                assertThat(ids).as("reference " + ref).contains(ref.get("type").asText() + "/" + ref.get("id").asText());
                refNames.add(ref.get("name").asText());
            }
            JsonNode attributes = object.get("attributes");
            for (String jsonString : List.of("visState", "panelsJSON", "optionsJSON", "uiStateJSON")) {
                if (attributes.has(jsonString)) {
                    JsonNode parsed = JSON.readTree(attributes.get(jsonString).asText());
                    if (jsonString.equals("panelsJSON")) {
                        for (JsonNode panel : parsed) {
                            assertThat(refNames).contains(panel.get("panelRefName").asText());
                        }
                    }
                }
            }
            JsonNode search = attributes.at("/kibanaSavedObjectMeta/searchSourceJSON");
            if (!search.isMissingNode()) {
                JsonNode parsed = JSON.readTree(search.asText());
                if (parsed.has("indexRefName")) {
                    assertThat(refNames).contains(parsed.get("indexRefName").asText());
                }
            }
        }
        return objects;
    }
}
