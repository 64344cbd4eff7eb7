package dev.otelint.assets.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The dashboard assets of the shared reference data (../shared/reference or -Dotelint.reference):
 * opensearch-catalog integrations' assets/*.ndjson and the opentelemetry-demo Grafana dashboard.
 * Skips the calling test, and says so on stderr, when the reference data is absent.
 */
final class HjsonReferenceAssets {

    private HjsonReferenceAssets() {}

    static Path root(String skippedTest) {
        String configured = System.getProperty("otelint.reference");
        Path reference = configured != null ? Path.of(configured) : Path.of("../shared/reference");
        if (!Files.isDirectory(reference)) {
            System.err.println("SKIPPED " + skippedTest + ": no reference data at " + reference.toAbsolutePath()
                    + " (set -Dotelint.reference=<dir> to run it)");
        }
        Assumptions.assumeTrue(Files.isDirectory(reference), "reference data absent: " + reference.toAbsolutePath());
        return reference;
    }

    /** Every line of every integration's assets/*.ndjson, in path order. */
    static List<String> ndjsonLines(Path reference) {
        List<String> lines = new ArrayList<>();
        for (Path file : files(reference.resolve("opensearch-catalog/integrations"), ".ndjson")) {
            lines.addAll(read(file).lines().filter(line -> !line.isBlank()).toList());
        }
        return lines;
    }

    static List<Path> grafanaDashboards(Path reference) {
        return files(reference.resolve("opentelemetry-demo"), ".json");
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
