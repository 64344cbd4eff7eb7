package dev.otelint.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The test fixture model, and the shared reference model for conformance tests. */
public final class SemconvTestModel {

    /** A small model exercising every fact the reader keeps (src/test/resources/semconv-model). */
    public static final Path FIXTURE = Path.of("src/test/resources/semconv-model");

    private static SemconvRegistry fixture;

    private SemconvTestModel() {}

    public static synchronized SemconvRegistry fixture() {
        if (fixture == null) {
            fixture = SemconvModelReader.read(FIXTURE, null);
        }
        return fixture;
    }

    /**
     * The semantic-conventions v1.44.0 model of the shared reference data; skips the calling test, and says
     * so on stderr, when the reference data is absent (a clone of the project alone).
     */
    public static Path referenceModel() {
        String configured = System.getProperty("otelint.reference");
        Path reference = configured != null ? Path.of(configured) : Path.of("../shared/reference");
        Path model = reference.resolve("semantic-conventions-v1.44.0/model");
        if (!Files.isDirectory(model)) {
            System.err.println("SKIPPED semconv conformance test: no reference model at " + model.toAbsolutePath()
                    + " (set -Dotelint.reference=<dir> to run it)");
        }
        Assumptions.assumeTrue(Files.isDirectory(model), "reference model absent: " + model.toAbsolutePath());
        return model;
    }
}
