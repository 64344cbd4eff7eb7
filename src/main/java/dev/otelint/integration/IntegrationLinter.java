package dev.otelint.integration;

import dev.otelint.assets.AssetCheckRequest;
import dev.otelint.assets.AssetCheckService;
import dev.otelint.records.InputFiles;
import dev.otelint.report.BadInputException;
import dev.otelint.report.Report;
import dev.otelint.validate.MappingLoader;
import dev.otelint.validate.ValidationRequest;
import dev.otelint.validate.ValidationService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lints one integration folder into a report: the layout and config rules, then `validate` on data/
 * against the integration's own schemas/, then `check-assets` on assets/.
 */
public final class IntegrationLinter {
    private final String semconv;
    private final List<Path> extraSchemas;

    /**
     * @param semconv      the semantic-conventions version or model directory the data and assets are checked against
     * @param extraSchemas template folders dashboards' index patterns may resolve to after the integration's own
     */
    public IntegrationLinter(String semconv, List<Path> extraSchemas) {
        this.semconv = semconv;
        this.extraSchemas = List.copyOf(extraSchemas);
    }

    public void lint(Path path, Report report) {
        IntegrationDirectory dir = checkLayout(path, report);
        if (!IntegrationDirectory.isIntegration(path)) {
            return;
        }
        if (Files.isDirectory(dir.dataDir()) || Files.isDirectory(dir.assetsDir())) {
            Optional<String> unusable = unusableSchemas(dir);
            if (unusable.isPresent()) {
                // both checks need the mapping; one finding says why neither ran
                report.accept(IntegrationRules.CHECK_ABORTED.finding().file(dir.schemasDir().toString())
                        .message("data/ and assets/ are not checked: " + unusable.get()).build());
                return;
            }
        }
        validateData(dir, report);
        checkAssets(dir, report);
    }

    /** Why schemas/ does not load as one index mapping, if it does not. */
    private static Optional<String> unusableSchemas(IntegrationDirectory dir) {
        try {
            MappingLoader.fromIntegration(dir.path());
            return Optional.empty();
        } catch (BadInputException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The layout and config rules alone (no validate, no check-assets): what `bundle` needs to hold. */
    public static IntegrationDirectory checkLayout(Path path, Report report) {
        IntegrationDirectory dir = IntegrationDirectory.open(path);
        boolean hasSchemas = IntegrationDirectory.isIntegration(path);
        if (!hasSchemas) {
            report.accept(IntegrationRules.SCHEMAS_DIR.finding().file(path.toString())
                    .message(Files.isDirectory(path.resolve("schema"))
                            ? "the folder has schema/ but Dashboards reads component mappings from schemas/"
                            : "the folder has no schemas/ directory, which marks an integration for Dashboards")
                    .expected(path.resolve("schemas") + "/").build());
        }
        checkConfig(dir, hasSchemas, report);
        return dir;
    }

    private static void checkConfig(IntegrationDirectory dir, boolean hasSchemas, Report report) {
        if (dir.configFile().isEmpty()) {
            report.accept(IntegrationRules.CONFIG_NAME.finding().file(dir.path().toString())
                    .message("no config file " + dir.name() + "-<version>.json" + otherJson(dir.path()))
                    .expected(dir.name() + "-<version>.json").build());
            return;
        }
        report.countFile(dir.configFile().get().toString());
        if (dir.configError().isPresent()) {
            Json5SyntaxException e = dir.configError().get();
            report.accept(IntegrationRules.CONFIG_SYNTAX.finding().file(dir.configFile().get().toString())
                    .at(e.line(), e.column()).message(e.getMessage()).build());
            return;
        }
        IntegrationConfig config = dir.config().orElseThrow();
        if (config.ndjson()) {
            report.accept(IntegrationRules.CONFIG_SCHEMA.finding().file(config.file().toString()).at(1, 1).path("/")
                    .message("the config is NDJSON (" + config.tree().elements().size()
                            + " values, one per line); Dashboards expects one JSON object")
                    .expected("one JSON object").build());
            return;
        }
        ConfigSchema.get().check(config).forEach(report::accept);
        ConfigContentRules.check(dir, config, report::accept);
        NamedFileRules.check(dir, config, hasSchemas, report::accept);
    }

    private void validateData(IntegrationDirectory dir, Report report) {
        if (!Files.isDirectory(dir.dataDir())) {
            return;
        }
        ValidationRequest request = new ValidationRequest(List.of(dir.dataDir()), null, dir.path(), null, semconv, true);
        try {
            new ValidationService().validate(request, report);
        } catch (BadInputException e) {
            report.accept(IntegrationRules.CHECK_ABORTED.finding().file(dir.dataDir().toString())
                    .message("validate stopped: " + e.getMessage()).build());
        }
    }

    private void checkAssets(IntegrationDirectory dir, Report report) {
        if (!Files.isDirectory(dir.assetsDir())) {
            return;
        }
        AssetCheckRequest request = new AssetCheckRequest(List.of(dir.assetsDir()), dir.path(), null, semconv,
                extraSchemas);
        try {
            new AssetCheckService().check(request, report);
        } catch (BadInputException e) {
            report.accept(IntegrationRules.CHECK_ABORTED.finding().file(dir.assetsDir().toString())
                    .message("check-assets stopped: " + e.getMessage()).build());
        }
    }

    /** "; found nginx.json, nginx-v1.json" when the folder holds JSON files that are not named as a config. */
    private static String otherJson(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> json = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".json")).sorted().toList();
            return json.isEmpty() ? "" : "; found " + String.join(", ", json);
        } catch (IOException e) {
            throw InputFiles.cannotRead(dir.toString(), e);
        }
    }
}
