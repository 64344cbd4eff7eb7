package dev.otelint.assets.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Parses every PPL query of the reference assets: Grafana targets with queryType PPL and saved queries
 * with query_lang PPL. Skips visibly when ../shared/reference (or -Dotelint.reference) is absent.
 */
class PplReferenceConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path reference() {
        String configured = System.getProperty("otelint.reference");
        Path root = configured != null ? Path.of(configured) : Path.of("../shared/reference");
        if (!Files.isDirectory(root)) {
            System.err.println("PplReferenceConformanceTest skipped: no reference data at " + root.toAbsolutePath());
        }
        Assumptions.assumeTrue(Files.isDirectory(root), "reference data absent: " + root);
        return root;
    }

    @Test
    void grafanaDemoDashboardPplQueriesParse() throws Exception {
        List<String> queries = new ArrayList<>();
        for (Path file : files(reference().resolve("opentelemetry-demo"), ".json")) {
            collect(JSON.readTree(file.toFile()), "queryType", "query", queries);
        }

        assertThat(queries).hasSize(2);
        PplQuery first = PplParser.parse(queries.get(0));
        assertThat(first.sources()).extracting(PplSource::name).containsExactly("otel-logs-*");
        assertThat(first.fields()).extracting(f -> f.name() + " " + f.role()).containsExactly(
                "resource.service.name FILTER", "traceId FILTER", "severity.text GROUP_BY");
        assertThat(PplParser.parse(queries.get(1)).fields()).extracting(f -> f.name() + " " + f.role())
                .containsExactly("resource.service.name FILTER", "traceId FILTER", "observedTimestamp SORT");
    }

    @Test
    void integrationSavedQueriesHoldNoPplYet() throws Exception {
        List<String> queries = new ArrayList<>();
        Path integrations = reference().resolve("opensearch-catalog/integrations");
        for (Path file : files(integrations, ".ndjson")) {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    collect(JSON.readTree(line), "query_lang", "query", queries);
                }
            }
        }
        // Observed at opensearch-catalog 429e6294: the 24 saved queries are all SQL (see SqlReferenceConformanceTest).
        assertThat(queries).isEmpty();
    }

    /** Every {@code queryField} of an object whose {@code languageField} is PPL. */
    private static void collect(JsonNode node, String languageField, String queryField, List<String> out) {
        if (node.isObject() && "PPL".equalsIgnoreCase(node.path(languageField).asText())) {
            out.add(node.path(queryField).asText());
        }
        node.forEach(child -> collect(child, languageField, queryField, out));
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
