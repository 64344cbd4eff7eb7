package dev.otelint.assets.savedobjects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.assets.FieldReference;
import dev.otelint.report.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Reads every saved-object NDJSON of the reference integrations (opensearch-catalog
 * integrations/observability/{name}/assets), one bundle per integration as it is installed, and asserts
 * the objects, field references and findings observed at the reference snapshot. Skips visibly when
 * ../shared/reference (or -Dotelint.reference) is absent.
 */
class SavedObjectConformanceTest {

    private static Path integrations() {
        String configured = System.getProperty("otelint.reference");
        Path root = configured != null ? Path.of(configured) : Path.of("../shared/reference");
        Path dir = root.resolve("opensearch-catalog/integrations/observability");
        if (!Files.isDirectory(dir)) {
            System.err.println("SavedObjectConformanceTest skipped: no reference integrations at "
                    + dir.toAbsolutePath() + " (set -Dotelint.reference=<dir>)");
        }
        Assumptions.assumeTrue(Files.isDirectory(dir), "reference data absent: " + dir);
        return dir;
    }

    @Test
    void everyReferenceAssetIsReadAndItsFieldsExtracted() throws IOException {
        Map<String, String> observed = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(integrations())) {
            for (Path integration : dirs.filter(d -> Files.isDirectory(d.resolve("assets"))).sorted().toList()) {
                observed.putAll(check(integration));
            }
        }
        // Observed at the reference snapshot and checked by hand: k8s says exportedCount 14 for 15 objects,
        // aws_cloudtrail's example_queries say 7 for 4; example_queries-records repeats the 4 saved queries
        // of example_queries, and nginx-1.0.0 repeats the getting-started dashboard and its markdown. The
        // references without an index pattern are the SQL saved queries' columns: their table is {table_name}.
        assertThat(observed).containsExactlyEntriesOf(expected(
            "amazon_elb/aws_elb-1.0.0.ndjson", "objects 19, references 167 (0 without index pattern), findings {}",
            "amazon_elb/example_queries-1.0.0.ndjson", "objects 6, references 9 (9 without index pattern), findings {}",
            "apache/apache-1.0.0.ndjson", "objects 10, references 120 (0 without index pattern), findings {}",
            "apache/example_queries-1.0.0.ndjson", "objects 5, references 6 (6 without index pattern), findings {}",
            "aws_cloudtrail/aws_cloudtrail-1.0.0.ndjson", "objects 20, references 766 (0 without index pattern), findings {}",
            "aws_cloudtrail/aws_cloudtrail-flint-1.0.0.ndjson", "objects 17, references 761 (0 without index pattern), findings {}",
            "aws_cloudtrail/example_queries-1.0.0.ndjson", "objects 4, references 38 (38 without index pattern), findings {asset.exported-count=1}",
            "aws_cloudtrail/example_queries-records-1.0.0.ndjson", "objects 4, references 42 (42 without index pattern), findings {asset.duplicate-id=4, asset.exported-count=1}",
            "haproxy/haproxy-1.0.0.ndjson", "objects 10, references 99 (0 without index pattern), findings {}",
            "k8s/k8s-1.0.0.ndjson", "objects 15, references 180 (0 without index pattern), findings {asset.exported-count=1}",
            "nginx/example_queries-1.0.0.ndjson", "objects 5, references 6 (6 without index pattern), findings {}",
            "nginx/getting-started-tutorial-1.0.0.ndjson", "objects 2, references 0 (0 without index pattern), findings {}",
            "nginx/nginx-1.0.0.ndjson", "objects 12, references 99 (0 without index pattern), findings {asset.duplicate-id=2}",
            "nginx/nginx-index-patterns-1.0.0.ndjson", "objects 1, references 90 (0 without index pattern), findings {}"));
    }

    private static Map<String, String> expected(String... keysAndValues) {
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** Per file: "objects N, references N, findings rule xN ...". */
    private static Map<String, String> check(Path integration) throws IOException {
        List<Finding> findings = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(integration.resolve("assets"))) {
            files = list.filter(f -> f.toString().endsWith(".ndjson")).sorted().toList();
        }
        List<FieldReference> references = SavedObjectAssets.extract(files, Set.of(), findings::add);
        Map<String, String> perFile = new TreeMap<>();
        for (Path file : files) {
            String name = file.toString();
            long objects = Files.readAllLines(file).stream().filter(l -> l.contains("\"attributes\"")).count();
            long refs = references.stream().filter(r -> r.file().equals(name)).count();
            long noIndex = references.stream().filter(r -> r.file().equals(name) && r.indexPattern() == null).count();
            String rules = findings.stream().filter(f -> name.equals(f.file()))
                    .collect(Collectors.groupingBy(Finding::rule, TreeMap::new, Collectors.counting()))
                    .toString();
            perFile.put(integration.getFileName() + "/" + file.getFileName(),
                    "objects " + objects + ", references " + refs + " (" + noIndex + " without index pattern), findings "
                            + rules);
        }
        return perFile;
    }
}
