package dev.otelint.cli;

import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.report.BadInputException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where schemas and conventions come from: flags shared by validate and check-assets. */
public final class SchemaOptions {

    @Option(names = "--schema", paramLabel = "FILE|DIR",
            description = "An index template (and the component templates its composed_of names, found beside it).")
    Path schema;

    @Option(names = "--integration", paramLabel = "DIR",
            description = "An integration directory: its schemas/ give the mapping.")
    Path integration;

    @Option(names = "--semconv", paramLabel = "VERSION|DIR", defaultValue = SemconvRegistry.DEFAULT_VERSION,
            description = "Semantic-conventions version shipped with otelint, or a model/ directory (default: ${DEFAULT-VALUE}).")
    String semconv;

    /** Rejects --schema together with --integration: each names the whole mapping. */
    void requireOneMappingSource() {
        if (schema != null && integration != null) {
            throw new BadInputException("--schema and --integration: give one of them, not both");
        }
    }
}
