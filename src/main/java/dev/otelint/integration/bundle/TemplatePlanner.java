package dev.otelint.integration.bundle;

import dev.otelint.integration.IntegrationConfig;
import dev.otelint.integration.IntegrationDirectory;
import dev.otelint.integration.IntegrationLinter;
import dev.otelint.integration.JsonFileScan;
import dev.otelint.records.InputFiles;
import dev.otelint.records.JsonValue;
import dev.otelint.report.Report;
import dev.otelint.report.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Plans one integration's template: the layout and config rules must hold (an integration with errors is not
 * bundled), every named file must really be inside the integration, and the sample data must be records
 * Dashboards can load; then each entry gets its {@link InlineData}.
 */
final class TemplatePlanner {
    private final long keepSampleRecords;

    /** @param keepSampleRecords --max-sample-records, or Long.MAX_VALUE to keep every record */
    TemplatePlanner(long keepSampleRecords) {
        this.keepSampleRecords = keepSampleRecords;
    }

    /** The plan, or empty when the integration has errors; every finding goes to {@code report}. */
    Optional<TemplatePlan> plan(Path path, Report report) {
        Report found = new Report();
        IntegrationDirectory dir = IntegrationLinter.checkLayout(path, found);
        Optional<TemplatePlan> plan = found.count(Severity.ERROR) > 0 ? Optional.empty() : plan(dir, found);
        found.findings().forEach(report::accept);
        found.checkedFiles().forEach(report::countFile);
        report.countRecords(found.records());
        return plan;
    }

    private Optional<TemplatePlan> plan(IntegrationDirectory dir, Report found) {
        IntegrationConfig config = dir.config().orElseThrow();
        NamedFiles files = new NamedFiles(NamedFiles.realPath(dir.path()), config, found);
        Map<String, InlineData> dataAt = new LinkedHashMap<>();
        for (IntegrationConfig.Component component : config.components()) {
            files.resolve(dir.schemasDir(), component.fileName(), component.pointer(), component.node())
                    .ifPresent(file -> dataAt.put(component.pointer(), JsonData.of(file)));
        }
        for (IntegrationConfig.Asset asset : config.assets()) {
            files.resolve(dir.assetsDir(), asset.fileName(), asset.pointer(), asset.node())
                    .ifPresent(file -> dataAt.put(asset.pointer(), JsonData.isJson(asset) ? JsonData.of(file)
                            : new InlineData.Base64File(file)));
        }
        for (IntegrationConfig.StaticFile image : config.statics()) {
            files.resolve(dir.staticDir(), image.path(), image.pointer() + "/path", image.node())
                    .ifPresent(file -> dataAt.put(image.pointer(), new InlineData.Base64File(file)));
        }
        long sampleRecords = 0;
        Optional<String> samplePath = config.sampleDataPath();
        if (samplePath.isPresent()) {
            JsonValue node = config.member("sampleData");
            Optional<Path> file = files.resolve(dir.dataDir(), samplePath.get(), "/sampleData/path", node);
            if (file.isPresent()) {
                JsonFileScan scan = SampleDataRules.check(file.get(), keepSampleRecords, found);
                dataAt.put("/sampleData", new InlineData.JsonFileText(file.get(), scan));
                sampleRecords = scan.kept();
            }
        }
        if (found.count(Severity.ERROR) > 0) {
            return Optional.empty();
        }
        String name = config.name().orElse(dir.name());
        String type = config.type().orElse("");
        String version = config.version().orElse("");
        return Optional.of(new TemplatePlan(dir.path(), name, type, version, config, dataAt, sampleRecords));
    }

    /** Files the config names, checked to be inside the integration once links are followed. */
    private record NamedFiles(Path root, IntegrationConfig config, Report found) {

        Optional<Path> resolve(Path folder, String name, String pointer, JsonValue node) {
            // the layout rules already refused names that climb out of their folder or name no file
            Path file = IntegrationDirectory.inside(folder, name).orElseThrow();
            Path real = realPath(file);
            if (real.startsWith(root)) {
                return Optional.of(file);
            }
            found.accept(BundleRules.FILE_OUTSIDE_INTEGRATION.finding().file(config.file().toString())
                    .at(node.line(), node.column()).path(pointer)
                    .message(folder.getFileName() + "/" + name + " is a link to " + real
                            + ", outside the integration; otelint bundles only the integration's own files")
                    .expected("a file inside " + root).build());
            return Optional.empty();
        }

        static Path realPath(Path path) {
            try {
                return path.toRealPath();
            } catch (IOException e) {
                throw InputFiles.cannotRead(path.toString(), e);
            }
        }
    }

}
