package dev.otelint.opensearch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The OpenSearch integ-test zip plus the mapper-extras module jar that Maven copies to
 * target/opensearch-dist/ (both also sit in the local Maven repository after that copy).
 */
record OpenSearchDistribution(String version, Path zip, Path mapperExtrasJar) {

    static final String VERSION_PROPERTY = "otelint.opensearch.version";
    private static final String DEFAULT_VERSION = "2.18.0";

    static String configuredVersion() {
        return System.getProperty(VERSION_PROPERTY, DEFAULT_VERSION);
    }

    /** Where the files were looked for, for the message shown when they are missing. */
    static String searchedLocations() {
        String v = configuredVersion();
        return buildDir() + " and "
                + mavenRepository().resolve("org/opensearch/distribution/integ-test-zip/opensearch/" + v);
    }

    static Optional<OpenSearchDistribution> find() {
        String v = configuredVersion();
        Optional<Path> zip = firstExisting(buildDir().resolve("opensearch-" + v + ".zip"),
                mavenRepository().resolve("org/opensearch/distribution/integ-test-zip/opensearch/" + v
                        + "/opensearch-" + v + ".zip"));
        Optional<Path> extras = firstExisting(buildDir().resolve("mapper-extras-client-" + v + ".jar"),
                mavenRepository().resolve("org/opensearch/plugin/mapper-extras-client/" + v
                        + "/mapper-extras-client-" + v + ".jar"));
        if (zip.isEmpty() || extras.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OpenSearchDistribution(v, zip.get(), extras.get()));
    }

    private static Path buildDir() {
        return Path.of("target", "opensearch-dist").toAbsolutePath();
    }

    private static Path mavenRepository() {
        String custom = System.getProperty("maven.repo.local");
        return custom != null ? Path.of(custom) : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    private static Optional<Path> firstExisting(Path... candidates) {
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
