package dev.otelint.integration.scaffold;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.otelint.catalog.MappingCatalog;
import dev.otelint.catalog.MappingCatalog.Entry;
import dev.otelint.report.BadInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Creates a new integration folder from a template: the config, schemas/ from the mapping catalog,
 * data/sample.json, and the template's other files, all filled in for the request. Everything is built
 * and every path checked before anything is written.
 */
public final class IntegrationScaffolder {

    /** What was created: the folder, the chosen components and the files written (relative, in order). */
    public record Result(Path directory, ComponentSelection selection, List<String> files) {}

    private final TemplateSource template;
    private final TemplateManifest manifest;
    private final MappingCatalog catalog;

    public IntegrationScaffolder(TemplateSource template, MappingCatalog catalog) {
        this.template = template;
        this.manifest = TemplateManifest.read(template);
        this.catalog = catalog;
    }

    public ScaffoldDefaults defaults() {
        return new ScaffoldDefaults(manifest);
    }

    public MappingCatalog catalog() {
        return catalog;
    }

    public Result create(ScaffoldRequest request) {
        ComponentSelection selection = ComponentSelection.of(catalog, request.type(), request.components());
        Placeholders values = placeholders(request);
        Map<String, String> files = contents(request, selection, values);
        TargetDirectory target = TargetDirectory.prepare(request.target(), request.force());
        Map<Path, String> resolved = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            resolved.put(target.resolve(file.getKey(), template.describe(TemplateManifest.FILE)), file.getValue());
        }
        target.writeAll(resolved);
        return new Result(target.root(), selection, List.copyOf(files.keySet()));
    }

    /** Target path (relative, filled in) to content, in the order they are written. */
    private Map<String, String> contents(ScaffoldRequest request, ComponentSelection selection, Placeholders values) {
        String manifestName = template.describe(TemplateManifest.FILE);
        Map<String, String> files = new LinkedHashMap<>();
        TemplateManifest.FileEntry config = manifest.config();
        put(files, values.text(config.target(), manifestName), config(config, selection, values));
        files.putAll(SchemaFiles.of(catalog, selection, values, manifest.schemas(), manifestName));
        put(files, values.text(manifest.sampleData().target(), manifestName),
                SampleRecords.of(template, manifest.sampleData(), selection, values));
        for (TemplateManifest.FileEntry entry : manifest.files()) {
            if (entry.appliesTo(request.type())) {
                String source = values.text(entry.source(), manifestName);
                String target = values.text(entry.target(), manifestName);
                put(files, target, values.file(target, template.read(source), template.describe(source)));
            }
        }
        return files;
    }

    private void put(Map<String, String> files, String target, String content) {
        if (files.put(target, content) != null) {
            throw new BadInputException(template.describe(TemplateManifest.FILE) + ": two entries write " + target);
        }
    }

    /** The config template with its components: the type's own first, then the chosen ones, with catalog versions. */
    private String config(TemplateManifest.FileEntry entry, ComponentSelection selection, Placeholders values) {
        String where = template.describe(entry.source());
        String filled = values.file(entry.source(), template.read(entry.source()), where);
        if (!(ScaffoldJson.parse(filled, where, 1) instanceof ObjectNode config)) {
            throw BadInputException.at(where, 1, 1, "expected the integration config as a JSON object");
        }
        ArrayNode components = config.putArray("components");
        List<Entry> all = new ArrayList<>(List.of(selection.indexTemplate()));
        all.addAll(selection.components());
        for (Entry e : all) {
            components.addObject().put("name", e.name()).put("version", e.version());
        }
        return ScaffoldJson.pretty(config);
    }

    private static Placeholders placeholders(ScaffoldRequest request) {
        return new Placeholders(request.name(), Map.of(
                "name", request.name(),
                "version", request.version(),
                "displayName", request.displayName(),
                "description", request.description(),
                "type", request.type().label(),
                "initial", initial(request.displayName())));
    }

    /** The first letter or digit of the display name, upper case: the letter on the generated logo. */
    static String initial(String displayName) {
        return displayName.codePoints().filter(Character::isLetterOrDigit).findFirst()
                .stream().mapToObj(Character::toString).findFirst().orElse("?").toUpperCase(Locale.ROOT);
    }
}
