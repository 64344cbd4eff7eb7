package dev.otelint.collector.exporter.opensearch;

import dev.otelint.report.BadInputException;
import dev.otelint.validate.MappingLoader;
import dev.otelint.validate.mapping.TemplateFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/**
 * Installs an integration's schemas/ into OpenSearch for {@code otelint push --install-templates}: every component
 * template ({@code PUT _component_template/<name>}) before the index templates that compose them
 * ({@code PUT _index_template/<name>}), as OpenSearch requires. Files and names are read as {@code validate} reads
 * them ({@link MappingLoader}): {@code http-1.0.0.mapping.json} is template {@code http}. A template OpenSearch
 * refuses stops the install with one line naming the file and OpenSearch's reason.
 */
public final class OpenSearchTemplates {
    private final OpenSearchConnection connection;

    public OpenSearchTemplates(OpenSearchConnection connection) {
        this.connection = connection;
    }

    /** One installed template: its kind ("component" or "index"), name and file. */
    public record Installed(String kind, String name, String file) {}

    /** Installs the templates of {@code schemasDir}, components first; returns them in the order they were put. */
    public List<Installed> install(Path schemasDir) {
        List<TemplateFile> components = new ArrayList<>();
        List<TemplateFile> indexes = new ArrayList<>();
        for (TemplateFile template : MappingLoader.templatesIn(schemasDir)) {
            (template.isIndexTemplate() ? indexes : components).add(template);
        }
        List<Installed> installed = new ArrayList<>();
        for (TemplateFile template : components) {
            installed.add(put("component", "_component_template", template));
        }
        for (TemplateFile template : indexes) {
            installed.add(put("index", "_index_template", template));
        }
        return installed;
    }

    private Installed put(String kind, String api, TemplateFile template) {
        Path file = Path.of(template.name());
        String name = MappingLoader.componentName(file.getFileName().toString());
        String json = read(file);
        try (Response response = connection.client().generic().execute(Requests.builder().method("PUT")
                .endpoint("/" + api + "/" + name).json(json).build())) {
            if (response.getStatus() / 100 != 2) {
                throw new BadInputException(file + ": OpenSearch refused " + kind + " template [" + name + "]: "
                        + reason(response));
            }
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot install " + kind + " template [" + name + "] on "
                    + connection.endpoint() + ": " + e.getMessage(), e);
        }
        return new Installed(kind, name, file.toString());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // MappingLoader has just read it
        }
    }

    /** OpenSearch's "type: reason" from an error body, else the HTTP status line. */
    private static String reason(Response response) {
        String body = response.getBody().map(Body::bodyAsString).orElse("");
        String reason = ErrorBodies.reason(body);
        return reason.isEmpty() || !body.contains("\"error\"") ? "HTTP " + response.getStatus() + " "
                + response.getReason() : reason;
    }
}
