package dev.otelint.opensearch;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The upstream reference data (read-only, outside the project): system property otelint.reference,
 * else ../shared/reference. Conformance tests skip visibly when it is absent.
 */
final class ReferenceData {

    private ReferenceData() {}

    static Path root() {
        String configured = System.getProperty("otelint.reference");
        return (configured != null ? Path.of(configured) : Path.of("..", "shared", "reference")).toAbsolutePath().normalize();
    }

    /** The reference sub-directory, or skips the calling test with a message on stderr. */
    static Path dirOrSkip(String relative, String test) {
        Path dir = root().resolve(relative);
        if (!Files.isDirectory(dir)) {
            String message = "SKIPPED " + test + ": reference data " + dir + " is absent"
                    + " (set -Dotelint.reference=<dir> or check out ../shared/reference)";
            System.err.println(message);
            Assumptions.assumeTrue(false, message);
        }
        return dir;
    }
}
