package dev.otelint.catalog;

import dev.otelint.report.BadInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Where registries come from: versions shipped on the classpath, or paths the user gives. */
final class SemconvRegistrySources {

    static final String CLASSPATH_ROOT = "catalog/semconv/";

    private static final Map<String, SemconvRegistry> SHIPPED = new ConcurrentHashMap<>();
    private static volatile List<String> shippedVersions;

    private SemconvRegistrySources() {}

    static SemconvRegistry resolve(String versionOrPath) {
        String text = versionOrPath == null ? "" : versionOrPath.trim();
        String version = text.startsWith("v") ? text.substring(1) : text;
        if (shippedVersions().contains(version)) {
            return shipped(version);
        }
        Path path = existingPath(text);
        if (path == null) {
            throw new BadInputException("semantic conventions '" + text + "': expected a shipped version ("
                    + String.join(", ", shippedVersions()) + "), a model/ directory or a registry.json");
        }
        if (Files.isDirectory(path)) {
            Path json = path.resolve(SemconvRegistryFile.FILE_NAME);
            return Files.isRegularFile(json) ? SemconvRegistryFile.read(json) : SemconvModelReader.read(path, null);
        }
        return SemconvRegistryFile.read(path);
    }

    private static Path existingPath(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            Path path = Path.of(text);
            return Files.exists(path) ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    static SemconvRegistry shipped(String version) {
        return SHIPPED.computeIfAbsent(version, v -> {
            String resource = CLASSPATH_ROOT + v + "/" + SemconvRegistryFile.FILE_NAME;
            try (InputStream in = open(resource)) {
                return SemconvRegistryFile.read(in, resource);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static List<String> shippedVersions() {
        List<String> versions = shippedVersions;
        if (versions == null) {
            versions = readVersionIndex();
            shippedVersions = versions;
        }
        return versions;
    }

    // No classpath scanning in a jar: versions.txt lists the shipped versions, one per line.
    private static List<String> readVersionIndex() {
        try (InputStream in = open(CLASSPATH_ROOT + "versions.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> versions = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String version = line.trim();
                if (!version.isEmpty() && !version.startsWith("#")) {
                    versions.add(version);
                }
            }
            return List.copyOf(versions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = SemconvRegistrySources.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("classpath resource " + resource + " is missing from the build");
        }
        return in;
    }
}
