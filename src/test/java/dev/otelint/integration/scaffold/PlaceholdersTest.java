package dev.otelint.integration.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.otelint.report.BadInputException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NASTY = "a \"quoted\" \\ back\nslash </title>";
    private final Placeholders values = new Placeholders("web", Map.of("name", "web", "displayName", NASTY));

    @Test
    void jsonValuesStayValidAlsoInsideStringsThatHoldJson() throws Exception {
        String ndjson = "{\"attributes\":{\"title\":\"{{displayName}}\",\"visState\":\"{\\\"title\\\":\\\"{{displayName}}\\\"}\"}}\n";
        String filled = values.file("x.ndjson", ndjson, "x.ndjson");
        JsonNode object = JSON.readTree(filled);
        assertThat(object.at("/attributes/title").asText()).isEqualTo(NASTY);
        assertThat(JSON.readTree(object.at("/attributes/visState").asText()).get("title").asText()).isEqualTo(NASTY);
    }

    @Test
    void aStringThatOnlyLooksLikeJsonIsFilledAsText() throws Exception {
        JsonNode filled = JSON.readTree(values.file("x.json", "{\"id\": \"{{name}}\", \"pattern\": \"[{{name}}]\"}", "x.json"));
        assertThat(filled.get("id").asText()).isEqualTo("web");
        assertThat(filled.get("pattern").asText()).isEqualTo("[web]");
    }

    @Test
    void svgValuesAreXmlEscaped() {
        assertThat(values.file("logo.svg", "<title>{{displayName}}</title>", "logo.svg"))
                .isEqualTo("<title>a &quot;quoted&quot; \\ back\nslash &lt;/title&gt;</title>");
    }

    @Test
    void yamlTakesOnlyPlainTokens() {
        assertThat(values.file("c.yaml", "dataset: {{name}}\n", "c.yaml")).isEqualTo("dataset: web\n");
        assertThatThrownBy(() -> values.file("c.yaml", "title: {{displayName}}\n", "c.yaml"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("c.yaml: the value 'a \"quoted\"");
    }

    @Test
    void uuidPlaceholdersAreVersion5OfTheIntegrationAndKey() {
        assertThat(values.text("{{uuid:dashboard}}", "t")).isEqualTo(StableIds.of("web", "dashboard").toString());
    }

    @Test
    void unknownPlaceholdersNameTheFileAndTheKnownKeys() {
        assertThatThrownBy(() -> values.text("{{nmae}}", "info/README.md"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("info/README.md: unknown placeholder {{nmae}}; known: displayName, name, uuid:KEY");
        assertThatThrownBy(() -> values.text("{{name:x}}", "f"))
                .hasMessage("f: unknown placeholder {{name:x}} (only uuid takes a key)");
    }

    @Test
    void stableIdsFollowRfc4122Version5() {
        // the value Python's uuid.uuid5(UUID('da3b1564-86da-4b9e-9500-8378141c2c0f'), 'demo/dashboard') gives
        UUID id = StableIds.of("demo", "dashboard");
        assertThat(id).isEqualTo(UUID.fromString("ba0d2fd1-0a4b-566d-abf9-70faa270c6dc"));
        assertThat(id.version()).isEqualTo(5);
        assertThat(id.variant()).isEqualTo(2);
    }
}
