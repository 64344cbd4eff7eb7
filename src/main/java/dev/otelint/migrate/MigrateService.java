package dev.otelint.migrate;

import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.report.BadInputException;
import dev.otelint.report.Report;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rewrites deprecated convention names in records and assets. Each file is first copied with its
 * renames to a temporary file; then either a unified diff of the two is written, or (--write) the copy
 * replaces the file. Names left alone are findings in the report.
 */
public final class MigrateService {

    /** A file that changed, its name in the diff and how many names were renamed in it. */
    public record FileChange(Path file, String name, int renames) {}

    public List<FileChange> migrate(MigrationRequest request, Report report, Writer diff) {
        MigrationFiles files = MigrationFiles.of(request.inputs(), report);
        SemconvRegistry registry = SemconvRegistry.resolve(request.semconv());
        AssetMigrator assets = new AssetMigrator(registry, report);
        Map<Path, List<TextEdit>> savedObjectEdits = files.savedObjects().isEmpty() ? Map.of()
                : assets.savedObjects(files.savedObjects());
        List<FileChange> changes = new ArrayList<>();
        for (Path file : files.all()) {
            MigratedCopy copy = MigratedCopy.create(file, request.write());
            try {
                int renames;
                if (files.records().contains(file)) {
                    RecordMigrator migrator = new RecordMigrator(registry, file.toString(), report);
                    renames = copy.records(migrator);
                    report.countRecords(migrator.records());
                } else if (files.grafanaDashboards().contains(file)) {
                    renames = copy.edited(assets.grafana(file));
                } else {
                    renames = copy.edited(savedObjectEdits.getOrDefault(file, List.of()));
                }
                if (renames > 0) {
                    FileChange change = new FileChange(file, DiffNames.of(file), renames);
                    changes.add(change);
                    if (request.write()) {
                        copy.replaceOriginal();
                    } else {
                        UnifiedDiff.write(change.name(), file, copy.path(), diff);
                    }
                }
            } catch (IOException e) {
                throw BadInputException.at(file.toString(), 0, 0, "cannot migrate: " + e.getMessage());
            } finally {
                copy.delete();
            }
        }
        if (!files.savedObjects().isEmpty() || !files.grafanaDashboards().isEmpty()) {
            report.countObjects(assets.objects());
        }
        return changes;
    }
}
