package dev.otelint.catalog;

import dev.otelint.records.JsonValue;
import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a semantic-conventions model/ directory (every *.yaml below it, in sorted order) into a registry.
 * Both file formats are read: the original one ({@code groups:}) and {@code file_format: definition/2}.
 */
public final class SemconvModelReader {

    private static final String MANIFEST = "manifest.yaml";

    private SemconvModelReader() {}

    /**
     * @param version the version to record, or null to take it from manifest.yaml's schema_url
     */
    public static SemconvRegistry read(Path modelDir, String version) {
        if (!Files.isDirectory(modelDir)) {
            throw new BadInputException(modelDir + ": expected a semantic-conventions model/ directory");
        }
        SemconvModelBuilder builder = new SemconvModelBuilder();
        String schemaUrl = null;
        for (Path file : yamlFiles(modelDir)) {
            JsonValue document = SemconvYaml.read(file, file.toString());
            if (document == null) {
                continue;
            }
            SemconvModelNode root = new SemconvModelNode(file.toString(), document);
            if (!document.isObject()) {
                throw root.error("expected a mapping at the top of the file");
            }
            if (modelDir.relativize(file).toString().equals(MANIFEST)) {
                schemaUrl = root.optionalString("schema_url");
            } else {
                SemconvModelSections.read(root, builder);
            }
        }
        String resolvedVersion = version != null ? version : versionOf(schemaUrl);
        if (resolvedVersion == null) {
            throw new BadInputException(modelDir + ": no " + MANIFEST + " with a schema_url names the "
                    + "semantic-conventions version (otelint catalog build takes it with --semconv-version)");
        }
        return builder.build(resolvedVersion, schemaUrl);
    }

    /** "https://opentelemetry.io/schemas/1.44.0" -> "1.44.0". */
    static String versionOf(String schemaUrl) {
        if (schemaUrl == null || schemaUrl.endsWith("/")) {
            return null;
        }
        return schemaUrl.substring(schemaUrl.lastIndexOf('/') + 1);
    }

    private static List<Path> yamlFiles(Path modelDir) {
        try (Stream<Path> walk = Files.walk(modelDir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
                    .sorted(Comparator.comparing(p -> modelDir.relativize(p).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException e) {
            throw new BadInputException(modelDir + ": cannot list the model files: " + e.getMessage(), e);
        }
    }
}
