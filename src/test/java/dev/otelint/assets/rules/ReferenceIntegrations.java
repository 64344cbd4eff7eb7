package dev.otelint.assets.rules;

import dev.otelint.report.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;

/** The upstream observability integrations in ../shared/reference (or -Dotelint.reference), for conformance tests. */
final class ReferenceIntegrations {

    private ReferenceIntegrations() {}

    /** The folder of integrations; skips the calling test, saying so on stderr, when it is absent. */
    static Path locate(Class<?> test) {
        Path reference = Path.of(System.getProperty("otelint.reference", "../shared/reference"));
        Path integrations = reference.resolve("opensearch-catalog/integrations/observability");
        if (!Files.isDirectory(integrations)) {
            System.err.println("SKIPPED " + test.getSimpleName() + ": " + integrations
                    + " is absent (set -Dotelint.reference=<dir> to run the asset field conformance checks)");
        }
        Assumptions.assumeTrue(Files.isDirectory(integrations), integrations + " is absent");
        return integrations;
    }

    static Map<String, Integer> countByRule(List<Finding> findings) {
        Map<String, Integer> byRule = new TreeMap<>();
        findings.forEach(f -> byRule.merge(f.rule(), 1, Integer::sum));
        return byRule;
    }
}
