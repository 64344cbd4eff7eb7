package dev.otelint.assets.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Reads every SQL statement of the reference integrations: assets/**.sql files, saved queries with
 * query_lang SQL and %sql notebook paragraphs. Skips visibly when ../shared/reference is absent.
 */
class SqlReferenceConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path integrations() {
        String configured = System.getProperty("otelint.reference");
        Path root = configured != null ? Path.of(configured) : Path.of("../shared/reference");
        if (!Files.isDirectory(root)) {
            System.err.println("SqlReferenceConformanceTest skipped: no reference data at " + root.toAbsolutePath());
        }
        Assumptions.assumeTrue(Files.isDirectory(root), "reference data absent: " + root);
        return root.resolve("opensearch-catalog/integrations/observability");
    }

    @Test
    void everyReferenceStatementParsesExceptTheKnownBrokenOnes() throws Exception {
        Map<String, String> statements = statements(integrations());
        Map<String, String> rejected = new LinkedHashMap<>();
        int fields = 0;
        StringBuilder report = new StringBuilder();
        for (Map.Entry<String, String> statement : statements.entrySet()) {
            try {
                fields += SqlQueryFields.parse(statement.getValue()).fields().size();
            } catch (QuerySyntaxException e) {
                rejected.put(statement.getKey(), e.getMessage());
                report.append(statement.getKey()).append(": ").append(e.getMessage()).append('\n');
            }
        }
        // Observed at opensearch-catalog 429e6294: 24 .sql files, 24 saved queries, 5 notebook paragraphs.
        assertThat(statements).as(report.toString()).hasSize(53);
        // Upstream defects: CREATE TABLE holds no SELECT; target_traffic_imbalance has "GROUP by target_ip<".
        assertThat(rejected.keySet()).allMatch(k -> k.contains("create_table") || k.contains("target_traffic"));
        assertThat(rejected).hasSize(7);
        assertThat(rejected).anySatisfy((k, message) ->
                assertThat(message).isEqualTo("expected a column, a value or '(' but found 'ORDER'"));
        assertThat(fields).isEqualTo(339);
    }

    @Test
    void cloudtrailLateralViewQueriesResolveToTheRecordsArray() throws Exception {
        Map<String, String> statements = statements(integrations());
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, String> s : statements.entrySet()) {
            if (s.getKey().contains("example_queries-records")) {
                SqlQueryFields.parse(s.getValue()).fields().forEach(f -> names.add(f.name()));
            }
        }
        assertThat(names).contains("Records.userIdentity.userName", "Records.eventName", "Records")
                .noneMatch(n -> n.startsWith("rec."));
    }

    /** Statements keyed by "file#n". */
    private static Map<String, String> statements(Path root) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.sorted().toList()) {
                String name = root.relativize(file).toString();
                if (name.endsWith(".sql")) {
                    out.put(name, Files.readString(file));
                } else if (name.endsWith(".ndjson") || name.contains("assets") && name.endsWith(".json")) {
                    List<String> found = new ArrayList<>();
                    List<String> documents = name.endsWith(".ndjson") ? Files.readAllLines(file)
                            : List.of(Files.readString(file));
                    for (String document : documents) {
                        if (!document.isBlank()) {
                            collect(JSON.readTree(document), found);
                        }
                    }
                    for (int i = 0; i < found.size(); i++) {
                        out.put(name + "#" + i, found.get(i));
                    }
                }
            }
        }
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isObject() && "SQL".equalsIgnoreCase(node.path("query_lang").asText())) {
            out.add(node.path("query").asText());
        }
        if (node.isObject() && node.path("inputText").asText().startsWith("%sql")) {
            out.add(node.path("inputText").asText().substring("%sql".length()));
        }
        node.forEach(child -> collect(child, out));
    }
}
