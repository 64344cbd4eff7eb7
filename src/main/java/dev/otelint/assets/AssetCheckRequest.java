package dev.otelint.assets;

import java.nio.file.Path;
import java.util.List;

/**
 * What `otelint check-assets` was asked to do: asset files or directories, and where the schemas
 * come from (an integration's schemas/, a template file or directory, else the catalog).
 * {@code extraSchemas} (from .otelint.yaml) resolve index patterns after the integration's own schemas/
 * and before the catalog.
 */
public record AssetCheckRequest(List<Path> inputs, Path integration, Path schema, String semconv,
                                List<Path> extraSchemas) {

    public AssetCheckRequest(List<Path> inputs, Path integration, Path schema, String semconv) {
        this(inputs, integration, schema, semconv, List.of());
    }
}
