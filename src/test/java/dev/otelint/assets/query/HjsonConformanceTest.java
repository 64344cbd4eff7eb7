package dev.otelint.assets.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * HJSON is a superset of JSON: every JSON document of the reference dashboards, and every JSON text
 * embedded in their string values (visState, searchSourceJSON, panelsJSON, ...), must read to the tree
 * Jackson builds. Vega specs (visState type "vega", params.spec) must read as HJSON.
 */
class HjsonConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyJsonTextOfTheReferenceAssetsReadsAsJacksonReadsIt() throws Exception {
        Path reference = HjsonReferenceAssets.root("HJSON conformance test");
        List<String> documents = new ArrayList<>(HjsonReferenceAssets.ndjsonLines(reference));
        int ndjsonLines = documents.size();
        for (Path dashboard : HjsonReferenceAssets.grafanaDashboards(reference)) {
            documents.add(HjsonReferenceAssets.read(dashboard));
        }
        List<String> embedded = new ArrayList<>();
        for (String document : documents) {
            assertReadsLikeJackson(document, embedded);
        }
        for (int i = 0; i < embedded.size(); i++) {
            assertReadsLikeJackson(embedded.get(i), embedded);
        }
        // Observed in the reference data (opensearch-catalog 429e6294, opentelemetry-demo 054282e).
        assertThat(ndjsonLines).isEqualTo(144);
        assertThat(documents).hasSize(145);
        assertThat(embedded).hasSize(306);
    }

    @Test
    void everyVegaSpecOfTheReferenceAssetsReads() throws Exception {
        Path reference = HjsonReferenceAssets.root("Vega spec conformance test");
        int specs = 0;
        for (String line : HjsonReferenceAssets.ndjsonLines(reference)) {
            JsonNode visState = visState(JSON.readTree(line));
            if (visState != null && visState.path("type").asText().equals("vega")) {
                assertThat(HjsonParser.parse(visState.at("/params/spec").asText()).isObject()).isTrue();
                specs++;
            }
        }
        // The reference integrations hold no Vega visualization; the count guards that this stays known.
        assertThat(specs).isZero();
    }

    static JsonNode visState(JsonNode savedObject) throws JsonProcessingException {
        JsonNode visState = savedObject.at("/attributes/visState");
        return visState.isTextual() ? JSON.readTree(visState.asText()) : null;
    }

    private static void assertReadsLikeJackson(String json, List<String> embedded) throws Exception {
        JsonNode expected = JSON.readTree(json);
        assertThat(HjsonParser.parse(json)).as(json).isEqualTo(expected);
        collectEmbeddedJson(expected, embedded);
    }

    private static void collectEmbeddedJson(JsonNode node, List<String> embedded) {
        if (node.isContainerNode()) {
            node.forEach(child -> collectEmbeddedJson(child, embedded));
        } else if (node.isTextual() && isJson(node.asText())) {
            embedded.add(node.asText());
        }
    }

    private static boolean isJson(String text) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            return false;
        }
        try {
            JSON.readTree(trimmed);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
