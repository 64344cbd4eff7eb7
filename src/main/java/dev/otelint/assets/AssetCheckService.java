package dev.otelint.assets;

import dev.otelint.assets.grafana.GrafanaDashboardFields;
import dev.otelint.assets.rules.AssetFieldCheck;
import dev.otelint.assets.rules.Schema;
import dev.otelint.assets.rules.SchemaResolver;
import dev.otelint.assets.savedobjects.SavedObjectAssets;
import dev.otelint.catalog.MappingCatalog;
import dev.otelint.assets.savedobjects.SavedObjectBundle;
import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.report.BadInputException;
import dev.otelint.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds every field reference in the given assets, resolves it to the schema of the index it
 * queries and applies the field rules. Saved-object files are read as one bundle, as Dashboards
 * imports them together.
 */
public final class AssetCheckService {

    /** The references found and the check that resolved them (for --list-fields). */
    public record Result(List<FieldReference> references, AssetFieldCheck check) {}

    public Result check(AssetCheckRequest request, Report report) {
        AssetFiles files = AssetFiles.of(inputs(request), report);
        SavedObjectBundle bundle = SavedObjectAssets.read(files.savedObjects(), report);
        // Assets hold objects, not records: each saved object, and each Grafana dashboard as a whole.
        report.countObjects(bundle.objects().size() + files.grafanaDashboards().size());
        List<FieldReference> references = new ArrayList<>(SavedObjectAssets.check(bundle, Set.of(), report));
        for (Path dashboard : files.grafanaDashboards()) {
            references.addAll(GrafanaDashboardFields.extract(dashboard, report));
        }
        AssetFieldCheck check = new AssetFieldCheck(resolver(request), SemconvRegistry.resolve(request.semconv()));
        check.check(references).forEach(report::accept);
        return new Result(references, check);
    }

    private static List<Path> inputs(AssetCheckRequest request) {
        List<Path> inputs = new ArrayList<>(request.inputs());
        if (request.integration() != null && inputs.isEmpty()) {
            Path assets = request.integration().resolve("assets");
            if (!Files.isDirectory(assets)) {
                throw new BadInputException(request.integration() + ": not an integration with assets: no assets/ directory");
            }
            inputs.add(assets);
        }
        if (inputs.isEmpty()) {
            throw new BadInputException("nothing to check: give asset files or directories, or --integration DIR");
        }
        return inputs;
    }

    private static SchemaResolver resolver(AssetCheckRequest request) {
        if (request.schema() != null) {
            return SchemaResolver.of(List.of(SchemaResolver.schemaAt(request.schema())));
        }
        // the integration's own schemas first, then the extra folders, then the catalog: the first match wins
        List<Schema> schemas = new ArrayList<>();
        if (request.integration() != null) {
            schemas.add(SchemaResolver.integrationSchema(request.integration()));
        }
        request.extraSchemas().forEach(dir -> schemas.add(SchemaResolver.schemaAt(dir)));
        schemas.addAll(SchemaResolver.catalogSchemas(MappingCatalog.builtin()));
        return SchemaResolver.of(schemas);
    }
}
