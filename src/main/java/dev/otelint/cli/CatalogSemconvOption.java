package dev.otelint.cli;

import dev.otelint.catalog.SemconvRegistry;
import picocli.CommandLine.Option;

/** The --semconv option of the catalog commands that read a registry. */
public final class CatalogSemconvOption {

    @Option(names = "--semconv", paramLabel = "VERSION|PATH", defaultValue = SemconvRegistry.DEFAULT_VERSION,
            description = "Shipped version, model/ directory or registry.json (default: ${DEFAULT-VALUE}).")
    String semconv;

    SemconvRegistry registry() {
        return SemconvRegistry.resolve(semconv);
    }
}
