package dev.otelint.collector.processor.resourcedetection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The detectors otelint runs and the names contrib's resourcedetection processor knows
 * (catalog/collector/resourcedetection-detectors.txt), so that a cloud detector is told apart from a typo.
 */
final class Detectors {
    static final String ENV = "env";
    static final String SYSTEM = "system";
    static final List<String> SUPPORTED = List.of(ENV, SYSTEM);
    private static final String CATALOG = "catalog/collector/resourcedetection-detectors.txt";
    private static final Set<String> KNOWN = readKnown();

    private Detectors() {}

    /** Why otelint cannot run a detector of that name, or null when it can. */
    static String problem(String name) {
        if (SUPPORTED.contains(name)) {
            return null;
        }
        if (KNOWN.contains(name)) {
            return "detector \"" + name + "\" is known to otelcol-contrib, not supported by otelint (otelint has: "
                    + SUPPORTED + ")";
        }
        return "invalid detector key: " + name; // resourcedetection's ResourceProviderFactory
    }

    private static Set<String> readKnown() {
        try (InputStream in = Detectors.class.getClassLoader().getResourceAsStream(CATALOG)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CATALOG + " (the jar is incomplete)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CATALOG, e);
        }
    }
}
