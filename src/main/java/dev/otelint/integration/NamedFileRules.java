package dev.otelint.integration;

import dev.otelint.records.InputFiles;
import dev.otelint.records.JsonValue;
import dev.otelint.report.BadInputException;
import dev.otelint.report.Finding;
import dev.otelint.report.Rule;
import dev.otelint.validate.MappingLoader;
import dev.otelint.validate.mapping.TemplateFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files a config names exist where Dashboards reads them: component mappings in schemas/, assets in
 * assets/, statics in static/, sample data in data/. Mappings must load as templates; json and ndjson
 * assets must parse, as Dashboards parses them (JSON5, else NDJSON) before installing anything; the sample
 * data must be records Dashboards can load.
 */
final class NamedFileRules {
    // mapping errors read "file:line:column: what"; the finding keeps the place apart from the words
    private static final Pattern PLACE = Pattern.compile("\\G:(\\d+)(?::(\\d+))?: (.*)", Pattern.DOTALL);

    private NamedFileRules() {}

    /** {@code hasSchemas} false: the missing schemas/ is reported once, not once per component. */
    static void check(IntegrationDirectory dir, IntegrationConfig config, boolean hasSchemas, Consumer<Finding> out) {
        String file = config.file().toString();
        List<Path> mappings = new ArrayList<>();
        Set<String> missing = new HashSet<>();
        for (IntegrationConfig.Component component : hasSchemas ? config.components() : List.<IntegrationConfig.Component>of()) {
            named(dir.schemasDir(), component.fileName(), IntegrationRules.MISSING_COMPONENT_FILE, "component",
                    file, component.pointer(), component.node(), out)
                    .ifPresentOrElse(mappings::add, () -> missing.add(component.name()));
        }
        mappings.forEach(mapping -> checkMapping(mapping, missing, out));
        for (IntegrationConfig.Asset asset : config.assets()) {
            named(dir.assetsDir(), asset.fileName(), IntegrationRules.MISSING_ASSET_FILE, "asset",
                    file, asset.pointer(), asset.node(), out).ifPresent(found -> checkAsset(found, asset, out));
        }
        for (IntegrationConfig.StaticFile image : config.statics()) {
            named(dir.staticDir(), image.path(), IntegrationRules.MISSING_STATIC, "static file", file,
                    image.pointer() + "/path", image.node(), out);
        }
        JsonValue sampleData = config.member("sampleData");
        config.sampleDataPath().flatMap(path -> named(dir.dataDir(), path, IntegrationRules.MISSING_SAMPLE_DATA,
                "sample data file", file, "/sampleData/path", sampleData, out))
                .ifPresent(sample -> SampleDataShape.check(sample, out));
    }

    /** The named file when it is a readable file inside {@code folder}; else a finding of {@code rule}. */
    private static Optional<Path> named(Path folder, String name, Rule rule, String what, String file, String pointer,
                                        JsonValue node, Consumer<Finding> out) {
        Optional<Path> target = IntegrationDirectory.inside(folder, name);
        if (target.isPresent() && Files.isRegularFile(target.get()) && Files.isReadable(target.get())) {
            return target;
        }
        String problem = target.isEmpty() ? "is outside " + folder.getFileName() + "/"
                : Files.exists(target.get()) ? "is not a readable file" : "does not exist";
        out.accept(rule.finding().file(file).at(node.line(), node.column()).path(pointer)
                .message(what + " " + folder.getFileName() + "/" + name + " " + problem)
                .expected(folder.resolve(name).normalize().toString()).build());
        return Optional.empty();
    }

    /** {@code missing}: components already reported missing; a template composing one is not reported again. */
    private static void checkMapping(Path mapping, Set<String> missing, Consumer<Finding> out) {
        try {
            if (!composesAny(mapping, missing)) {
                MappingLoader.fromSchema(mapping);
            }
        } catch (BadInputException e) {
            Matcher place = PLACE.matcher(e.getMessage());
            boolean placed = e.getMessage().startsWith(mapping + ":") && place.find(mapping.toString().length());
            Finding.Builder finding = IntegrationRules.INVALID_COMPONENT_MAPPING.finding().file(mapping.toString());
            if (placed) {
                finding.at(Integer.parseInt(place.group(1)), place.group(2) == null ? 0 : Integer.parseInt(place.group(2)))
                        .message(place.group(3));
            } else {
                finding.message(e.getMessage().startsWith(mapping + ": ")
                        ? e.getMessage().substring(mapping.toString().length() + 2) : e.getMessage());
            }
            out.accept(finding.build());
        }
    }

    private static boolean composesAny(Path mapping, Set<String> components) {
        if (components.isEmpty()) {
            return false;
        }
        try {
            String text = Files.readString(mapping, StandardCharsets.UTF_8);
            return TemplateFile.parse(mapping.toString(), text).composedOf().stream().anyMatch(components::contains);
        } catch (IOException e) {
            throw InputFiles.cannotRead(mapping.toString(), e);
        }
    }

    private static void checkAsset(Path assetFile, IntegrationConfig.Asset asset, Consumer<Finding> out) {
        String extension = asset.extension().toLowerCase(Locale.ROOT);
        if (!extension.equals("json") && !extension.equals("ndjson")) {
            return; // Dashboards reads other assets (sql, ppl) as text
        }
        try {
            Json5Document.parse(Files.readString(assetFile, StandardCharsets.UTF_8));
        } catch (Json5SyntaxException e) {
            out.accept(IntegrationRules.INVALID_ASSET_FILE.finding().file(assetFile.toString()).at(e.line(), e.column())
                    .message("neither JSON5 nor NDJSON: " + e.getMessage()).build());
        } catch (IOException e) {
            out.accept(IntegrationRules.INVALID_ASSET_FILE.finding().file(assetFile.toString())
                    .message("cannot read: " + e.getMessage()).build());
        }
    }
}
