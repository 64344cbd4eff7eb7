package dev.otelint.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Upstream Simple Schema files in ../shared/reference (or -Dotelint.reference), read for their facts only.
 *
 * <p>Upstream schema/observability/traces/traces-1.0.0.mapping and its -datastream twin are not valid JSON:
 * "attributes" holds "type": "object" and then "data_stream" directly, without the "properties" wrapper, and
 * one closing brace too many follows. The intent is evident from logs and metrics, which have
 * attributes.properties.data_stream. {@link #parseableText} repairs exactly that (inserting the wrapper also
 * balances the braces); any other invalid file is returned unchanged so that the strict parser fails the test.
 */
final class MappingUpstreamReference {

    private static final Pattern MISSING_PROPERTIES = Pattern.compile(
            "(\"attributes\"\\s*:\\s*\\{\\s*\"type\"\\s*:\\s*\"object\"\\s*,)(\\s*\"data_stream\")");

    private MappingUpstreamReference() {}

    static Path root() {
        String configured = System.getProperty("otelint.reference");
        return configured != null ? Path.of(configured) : Path.of("../shared/reference");
    }

    static Path schemaDir() {
        return root().resolve("opensearch-catalog/schema/observability");
    }

    static Path integrationsDir() {
        return root().resolve("opensearch-catalog/integrations/observability");
    }

    /** Every *.mapping under the schema folder, aws/ included. */
    static List<Path> schemaMappings() throws IOException {
        return filesEndingWith(schemaDir(), ".mapping");
    }

    /** The component templates of the integrations' schemas/ folders (their index templates are their own). */
    static List<Path> integrationComponents() throws IOException {
        List<Path> components = new ArrayList<>();
        for (Path p : filesEndingWith(integrationsDir(), ".mapping.json")) {
            if (!Files.readString(p).contains("\"index_patterns\"")) {
                components.add(p);
            }
        }
        return components;
    }

    static String parseableText(Path file) throws IOException {
        String text = Files.readString(file);
        Matcher m = MISSING_PROPERTIES.matcher(text);
        return m.find() ? m.replaceFirst("$1 \"properties\": {$2") : text;
    }

    private static List<Path> filesEndingWith(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
