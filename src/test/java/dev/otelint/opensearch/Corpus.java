package dev.otelint.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The differential corpus, from src/test/resources/differential: each folder under cases/ holds a
 * schemas/ dir and optionally hand-written records.ndjson; generated records (values/ tables applied
 * to every mapped field) follow the hand-written ones.
 */
final class Corpus {

    private Corpus() {}

    static Path resourceDir() {
        URL url = Corpus.class.getResource("/differential");
        if (url == null) {
            throw new IllegalStateException("test resource dir /differential is not on the classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** System property with a comma-separated list of case names, to run only those. */
    static final String ONLY_PROPERTY = "otelint.differential.cases";

    static List<CorpusCase> cases() {
        Path root = resourceDir();
        RecordGenerator generator = new RecordGenerator(ValueTables.read(root.resolve("values")));
        Set<String> only = only();
        try (Stream<Path> dirs = Files.list(root.resolve("cases"))) {
            return dirs.filter(Files::isDirectory)
                    .filter(dir -> only.isEmpty() || only.contains(dir.getFileName().toString()))
                    .sorted().map(dir -> load(dir, generator)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> only() {
        String names = System.getProperty(ONLY_PROPERTY, "");
        return Arrays.stream(names.split(",")).map(String::strip).filter(n -> !n.isEmpty()).collect(Collectors.toSet());
    }

    static CorpusCase load(Path caseDir, RecordGenerator generator) {
        SchemaSet schemas = SchemaSet.read(caseDir.resolve("schemas"));
        List<String> records = new ArrayList<>(handWritten(caseDir.resolve("records.ndjson")));
        records.addAll(generator.generate(schemas));
        return new CorpusCase(caseDir.getFileName().toString(), schemas, records);
    }

    /** Lines of a hand-written NDJSON fixture; blank lines and # comments are fixture notes, not records. */
    static List<String> handWritten(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
