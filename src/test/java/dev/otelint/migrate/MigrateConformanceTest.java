package dev.otelint.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.otelint.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * migrate --write over the upstream integrations' data/ and assets/ (../shared/reference or
 * -Dotelint.reference): what it renames and leaves alone, and that everything it wrote still parses and
 * still reads as the same assets to check-assets.
 */
class MigrateConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // integration, renames, manual-rename, not-rewritable, not-migrated, json.syntax
        // nginx: every sample record nests http.url and uses http.flavor (its event.name is the Simple Schema field)
        "nginx,          5,  994, 990,  3, 0",
        "apache,         4,    5,   6,  3, 0",
        "haproxy,        4,   10,   8,  2, 0",
        // amazon_elb: the samples nest http.user_agent; its queries/ are SQL
        "amazon_elb,     2,    2,  56, 11, 0",
        "k8s,            0,    0,   0,  0, 0",
        // aws_cloudtrail: samples-large.json is not valid JSON upstream
        "aws_cloudtrail, 0,    0,   0,  5, 1"})
    void integration(String name, int renames, int manual, int notRewritable, int notMigrated, int syntax)
            throws IOException {
        Path upstream = reference().resolve("opensearch-catalog/integrations/observability").resolve(name);
        Path copy = dir.resolve(name);
        copyTree(upstream.resolve("data"), copy.resolve("data"));
        copyTree(upstream.resolve("assets"), copy.resolve("assets"));
        int unreadableBefore = unreadableAssets(copy.resolve("assets"));

        Path report = dir.resolve(name + ".json");
        CliRun run = CliRun.of("migrate", "--write", "--format", "json", "--output", report.toString(),
                copy.resolve("data").toString(), copy.resolve("assets").toString());

        assertThat(run.err()).isEmpty();
        assertThat(renames(run.out())).isEqualTo(renames);
        Map<String, Integer> rules = rules(report);
        assertThat(rules.getOrDefault("migrate.manual-rename", 0)).isEqualTo(manual);
        assertThat(rules.getOrDefault("migrate.not-rewritable", 0)).isEqualTo(notRewritable);
        assertThat(rules.getOrDefault("migrate.not-migrated", 0)).isEqualTo(notMigrated);
        assertThat(rules.getOrDefault("json.syntax", 0)).isEqualTo(syntax);
        assertThat(rules.getOrDefault("migrate.rename-collision", 0)).isZero();
        for (String line : run.out().split("\n")) {
            if (!line.isEmpty()) {
                assertParses(Path.of(line.substring(0, line.lastIndexOf(": "))));
            }
        }
        assertThat(unreadableAssets(copy.resolve("assets"))).isEqualTo(unreadableBefore);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource("opentelemetry-demo/src/grafana/provisioning/dashboards/demo/demo-dashboard.json")
    void grafanaDashboardHasNothingToMigrate(String file) throws IOException {
        Path report = dir.resolve("demo.json");

        CliRun run = CliRun.of("migrate", "--format", "json", "--output", report.toString(),
                reference().resolve(file).toString());

        assertThat(run.out()).isEmpty();
        assertThat(rules(report)).isEmpty();
    }

    private static Path reference() {
        String configured = System.getProperty("otelint.reference");
        Path ref = configured != null ? Path.of(configured) : Path.of("../shared/reference");
        if (!Files.isDirectory(ref)) {
            System.err.println("MigrateConformanceTest: skipped: reference data " + ref.toAbsolutePath()
                    + " is absent (set -Dotelint.reference=<dir> to run the upstream conformance checks)");
        }
        Assumptions.assumeTrue(Files.isDirectory(ref), "reference data " + ref + " is absent");
        return ref;
    }

    private static int renames(String out) {
        int total = 0;
        for (String line : out.split("\n")) {
            if (!line.isEmpty()) {
                total += Integer.parseInt(line.replaceAll(".*: (\\d+) renames?$", "$1"));
            }
        }
        return total;
    }

    private static Map<String, Integer> rules(Path report) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        JSON.readTree(report.toFile()).path("findings").forEach(f -> counts.merge(f.path("rule").asText(), 1, Integer::sum));
        return counts;
    }

    /** Every JSON value of the file parses, and so does every JSON string a saved object holds. */
    private static void assertParses(Path file) throws IOException {
        List<JsonNode> values = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            JSON.readValues(parser, JsonNode.class).forEachRemaining(values::add);
        }
        for (JsonNode value : values) {
            JsonNode attributes = value.path("attributes");
            for (String key : new String[] {"visState", "fields", "panelsJSON", "uiStateJSON"}) {
                if (attributes.path(key).isTextual() && !attributes.path(key).textValue().isEmpty()) {
                    JSON.readTree(attributes.path(key).textValue());
                }
            }
            JsonNode source = attributes.at("/kibanaSavedObjectMeta/searchSourceJSON");
            if (source.isTextual()) {
                JSON.readTree(source.textValue());
            }
        }
        assertThat(values).as(file.toString()).isNotEmpty();
    }

    /** check-assets findings that say part of an asset cannot be read (JSON strings, queries, objects). */
    private static int unreadableAssets(Path assets) throws IOException {
        JsonNode findings = JSON.readTree(CliRun.of("check-assets", "--format", "json", assets.toString()).out())
                .path("findings");
        int count = 0;
        for (JsonNode f : findings) {
            String rule = f.path("rule").asText();
            if (rule.equals("asset.json-string") || rule.equals("asset.query-syntax") || rule.equals("asset.bad-object")) {
                count++;
            }
        }
        return count;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
