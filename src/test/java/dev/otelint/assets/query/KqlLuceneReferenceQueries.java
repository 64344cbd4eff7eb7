package dev.otelint.assets.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The {"query": ..., "language": ...} objects of the reference dashboards (saved searches, panels,
 * TSVB filters), including those inside JSON held in strings (searchSourceJSON, visState).
 * The reference data lives outside the project: -Dotelint.reference, else ../shared/reference.
 */
final class KqlLuceneReferenceQueries {
    private static final ObjectMapper JSON = new ObjectMapper();

    record ReferenceQuery(String file, String language, String query) {}

    private KqlLuceneReferenceQueries() {}

    /** Every query in the reference integrations' assets, or skips the calling test with a message. */
    static List<ReferenceQuery> all(String test) {
        Path integrations = referenceRoot().resolve("opensearch-catalog/integrations/observability");
        if (!Files.isDirectory(integrations)) {
            String message = "SKIPPED " + test + ": reference data " + integrations + " is absent"
                    + " (set -Dotelint.reference=<dir> or check out ../shared/reference)";
            System.err.println(message);
            Assumptions.assumeTrue(false, message);
        }
        List<ReferenceQuery> queries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(integrations)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ndjson")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        collect(JSON.readTree(line), file.getFileName().toString(), queries);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return queries;
    }

    static List<ReferenceQuery> inLanguage(String language, String test) {
        return all(test).stream().filter(query -> query.language().equals(language)).toList();
    }

    private static Path referenceRoot() {
        String configured = System.getProperty("otelint.reference");
        return (configured != null ? Path.of(configured) : Path.of("..", "shared", "reference")).toAbsolutePath();
    }

    private static void collect(JsonNode node, String file, List<ReferenceQuery> queries) {
        if (node.isTextual()) {
            embeddedJson(node.asText()).ifPresent(inner -> collect(inner, file, queries));
        } else if (node.isObject()) {
            if (node.path("language").isTextual() && node.path("query").isTextual()) {
                queries.add(new ReferenceQuery(file, node.get("language").asText(), node.get("query").asText()));
            }
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                collect(member.getValue(), file, queries);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, file, queries));
        }
    }

    private static Optional<JsonNode> embeddedJson(String text) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(trimmed));
        } catch (JsonProcessingException e) {
            return Optional.empty(); // text that merely starts with a brace
        }
    }
}
