package dev.otelint.push;

import dev.otelint.catalog.MappingCatalog;
import dev.otelint.collector.exporter.opensearch.OpenSearchConnection;
import dev.otelint.collector.exporter.opensearch.OpenSearchTemplates;
import dev.otelint.records.Signal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * --install-templates: before anything is sent, the integration's schemas/ templates, or else the catalog's
 * Simple Schema templates of the signals pushed, are put into every OpenSearch target (components first).
 * A template OpenSearch refuses ends the push with its one-line error (exit 2).
 */
final class TemplateInstall {

    private TemplateInstall() {}

    /** @return one line per template installed, "installed index template logs (file) on URL" */
    static List<String> fromSchemas(List<OpenSearchConnection> connections, Path schemas) {
        List<String> lines = new ArrayList<>();
        for (OpenSearchConnection connection : connections) {
            for (OpenSearchTemplates.Installed t : new OpenSearchTemplates(connection).install(schemas)) {
                lines.add("installed " + t.kind() + " template " + t.name() + " (" + t.file() + ") on "
                        + connection.endpoint());
            }
        }
        return lines;
    }

    /** The catalog's templates of each of {@code signals}, written to a temporary schemas/ folder and installed. */
    static List<String> fromCatalog(List<OpenSearchConnection> connections, Set<Signal> signals) {
        List<String> lines = new ArrayList<>();
        MappingCatalog catalog = MappingCatalog.builtin();
        for (Signal signal : signals) {
            Path dir = null;
            try {
                dir = Files.createTempDirectory("otelint-" + signal.label() + "-templates");
                for (MappingCatalog.Entry e : catalog.entries()) {
                    if (e.signal() == signal) {
                        Files.writeString(dir.resolve(e.name() + "-" + e.version() + ".mapping.json"), catalog.read(e),
                                StandardCharsets.UTF_8);
                    }
                }
                lines.addAll(fromSchemas(connections, dir));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the catalog's templates to a temporary folder", e);
            } finally {
                deleteQuietly(dir);
            }
        }
        return lines;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind holds only copies of the catalog
        }
    }
}
