package dev.otelint.integration;

import dev.otelint.records.InputFiles;
import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An integration folder as OpenSearch Dashboards reads it: a directory with schemas/ is an integration;
 * its config is {@code <dirname>-<version>.json}, the highest version winning; components, assets, statics
 * and sample data live in schemas/, assets/, static/ and data/.
 */
public final class IntegrationDirectory {
    private final Path dir;
    private final String name;
    private final List<Path> configFiles;
    private final IntegrationConfig config;
    private final Json5SyntaxException configError;

    private IntegrationDirectory(Path dir, List<Path> configFiles, IntegrationConfig config,
                                 Json5SyntaxException configError) {
        this.dir = dir;
        this.name = dirName(dir);
        this.configFiles = configFiles;
        this.config = config;
        this.configError = configError;
    }

    /** Dashboards' test: a directory is an integration when it has a schemas/ directory. */
    public static boolean isIntegration(Path dir) {
        return Files.isDirectory(dir.resolve("schemas"));
    }

    /** Reads the directory's layout and its config (when there is one); a config that does not parse is kept as an error. */
    public static IntegrationDirectory open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": no such directory");
        }
        List<Path> configs = configFiles(dir);
        if (configs.isEmpty()) {
            return new IntegrationDirectory(dir, configs, null, null);
        }
        Path chosen = configs.get(0);
        try {
            Json5Document document = Json5Document.parse(Files.readString(chosen, StandardCharsets.UTF_8));
            return new IntegrationDirectory(dir, configs, new IntegrationConfig(chosen, document.value(),
                    document.ndjson()), null);
        } catch (Json5SyntaxException e) {
            return new IntegrationDirectory(dir, configs, null, e);
        } catch (IOException e) {
            throw InputFiles.cannotRead(chosen.toString(), e);
        }
    }

    public Path path() { return dir; }
    /** The directory's name, which the config file name must start with. */
    public String name() { return name; }

    /** Every {@code <name>-<version>.json} in the directory, highest version first. */
    public List<Path> configFiles() { return configFiles; }
    /** The config Dashboards would read: the highest version. */
    public Optional<Path> configFile() { return configFiles.stream().findFirst(); }
    /** The version in the chosen config's file name. */
    public Optional<ConfigVersion> configVersion() {
        return configFile().map(p -> new ConfigVersion(versionText(p, name)));
    }
    /** The parsed config, empty when there is no config file or it does not parse. */
    public Optional<IntegrationConfig> config() { return Optional.ofNullable(config); }
    /** Why the chosen config does not parse as JSON5 or NDJSON, if it does not. */
    public Optional<Json5SyntaxException> configError() { return Optional.ofNullable(configError); }

    public Path schemasDir() { return dir.resolve("schemas"); }
    public Path assetsDir() { return dir.resolve("assets"); }
    public Path dataDir() { return dir.resolve("data"); }
    public Path staticDir() { return dir.resolve("static"); }

    /**
     * {@code relative} resolved in {@code base}, or empty when it is absolute or climbs out of it
     * ({@code ../secret}): files an integration names stay inside their folder.
     */
    public static Optional<Path> inside(Path base, String relative) {
        Path rel;
        try {
            rel = Path.of(relative);
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        if (rel.isAbsolute() || relative.isEmpty()) {
            return Optional.empty();
        }
        Path resolved = base.resolve(rel).normalize();
        return resolved.startsWith(base.normalize()) ? Optional.of(resolved) : Optional.empty();
    }

    private static List<Path> configFiles(Path dir) {
        String prefix = dirName(dir) + "-";
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String fileName = file.getFileName().toString();
                if (fileName.startsWith(prefix) && fileName.endsWith(".json")
                        && ConfigVersion.isVersion(fileName.substring(prefix.length(), fileName.length() - 5))) {
                    found.add(file);
                }
            }
        } catch (IOException e) {
            throw InputFiles.cannotRead(dir.toString(), e);
        }
        String name = dirName(dir);
        found.sort(Comparator.comparing((Path p) -> new ConfigVersion(versionText(p, name))).reversed());
        return List.copyOf(found);
    }

    private static String versionText(Path configFile, String name) {
        String file = configFile.getFileName().toString();
        return file.substring(name.length() + 1, file.length() - ".json".length());
    }

    private static String dirName(Path dir) {
        Path fileName = dir.toAbsolutePath().normalize().getFileName();
        return fileName == null ? "" : fileName.toString();
    }
}
