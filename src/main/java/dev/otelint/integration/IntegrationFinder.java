package dev.otelint.integration;

import dev.otelint.records.InputFiles;
import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The integration folders under the paths given to lint or bundle: a path that is an integration, else every
 * integration found walking it (not inside another integration, nor in hidden folders). Folders with
 * schema/ instead of schemas/ and a JSON file beside it count too, so that they are reported rather than skipped.
 */
public final class IntegrationFinder {

    private IntegrationFinder() {}

    public static List<Path> find(List<Path> roots) {
        List<Path> found = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                throw new BadInputException(root + (Files.exists(root) ? ": not a directory" : ": no such directory")
                        + ": expected an integration folder or a folder of them");
            }
            List<Path> under = under(root);
            if (under.isEmpty()) {
                throw new BadInputException(root + ": no integration found: expected a folder with schemas/ "
                        + "and a <name>-<version>.json config, or folders of them");
            }
            found.addAll(under);
        }
        return found;
    }

    /** Dashboards' integration test (schemas/), or the schema/ mistake beside a JSON file. */
    public static boolean looksLikeIntegration(Path dir) {
        return IntegrationDirectory.isIntegration(dir) || Files.isDirectory(dir.resolve("schema")) && hasJsonFile(dir);
    }

    private static List<Path> under(Path root) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (looksLikeIntegration(dir)) {
                        found.add(dir);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw InputFiles.cannotRead(root.toString(), e);
        }
        found.sort(null);
        return found;
    }

    private static boolean hasJsonFile(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json"));
        } catch (IOException e) {
            throw InputFiles.cannotRead(dir.toString(), e);
        }
    }
}
