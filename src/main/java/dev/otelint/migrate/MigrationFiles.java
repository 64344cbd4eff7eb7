package dev.otelint.migrate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.otelint.report.BadInputException;
import dev.otelint.report.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files under the given paths, sorted by what their content is: JSON records, saved-object NDJSON
 * (objects with "type" and "attributes"), Grafana dashboards (top-level panels, rows or an API export's
 * dashboard). Compressed, protobuf and SQL files are reported as not migrated.
 */
record MigrationFiles(List<Path> all, List<Path> records, List<Path> savedObjects, List<Path> grafanaDashboards) {
    private static final JsonFactory JSON = new JsonFactory();
    private static final List<String> WALKED = List.of(".json", ".ndjson", ".jsonl", ".gz", ".pb", ".binpb", ".sql");
    private static final List<String> NOT_TEXT = List.of(".gz", ".pb", ".binpb", ".sql");

    static MigrationFiles of(List<Path> inputs, Report report) {
        MigrationFiles files = new MigrationFiles(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        Set<Path> seen = new HashSet<>();
        for (Path file : expand(inputs)) {
            if (!seen.add(file.toAbsolutePath().normalize())) {
                continue;
            }
            report.countFile(file.toString());
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (NOT_TEXT.stream().anyMatch(name::endsWith)) {
                report.accept(MigrateRules.NOT_MIGRATED.finding().file(file.toString())
                        .message("not migrated: migrate rewrites JSON text files only (records, saved objects, "
                                + "Grafana dashboards)")
                        .build());
                continue;
            }
            files.all().add(file);
            switch (kind(file)) {
                case "saved-objects" -> files.savedObjects().add(file);
                case "grafana" -> files.grafanaDashboards().add(file);
                default -> files.records().add(file);
            }
        }
        return files;
    }

    private static List<Path> expand(List<Path> inputs) {
        if (inputs.isEmpty()) {
            throw new BadInputException("nothing to migrate: give record or asset files or directories");
        }
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(MigrationFiles::isWalked).sorted().forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    throw new BadInputException(input + ": cannot read: " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new BadInputException(input + ": cannot read: no such file or directory");
            }
        }
        return files;
    }

    private static boolean isWalked(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return WALKED.stream().anyMatch(name::endsWith);
    }

    /** Told by the member names of the first JSON value; anything else is records. */
    private static String kind(Path file) {
        try (JsonParser p = JSON.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return "records";
            }
            Set<String> names = new HashSet<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                names.add(p.currentName());
                p.nextToken();
                p.skipChildren();
            }
            if (names.contains("type") && names.contains("attributes")) {
                return "saved-objects";
            }
            return names.contains("panels") || names.contains("rows") || names.contains("dashboard")
                    ? "grafana" : "records";
        } catch (IOException e) {
            return "records"; // the record reader reports where the JSON breaks
        }
    }
}
