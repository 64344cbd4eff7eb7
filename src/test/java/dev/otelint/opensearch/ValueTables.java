package dev.otelint.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Raw JSON values to try, per table, read from {@code <table>.values} files: one value per line,
 * kept verbatim (so 1e3, 1.0 and -0.0 reach OpenSearch as written). Blank lines and lines starting
 * with # are skipped; {@code !include <table>} adds another table's values and
 * {@code !repeat <text> <count>} is a JSON string of text repeated count times.
 */
final class ValueTables {

    private static final String SUFFIX = ".values";
    private final Map<String, List<String>> lines;

    private ValueTables(Map<String, List<String>> lines) {
        this.lines = lines;
    }

    static ValueTables read(Path dir) {
        Map<String, List<String>> lines = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList()) {
                String name = f.getFileName().toString();
                lines.put(name.substring(0, name.length() - SUFFIX.length()), Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read value tables in " + dir, e);
        }
        return new ValueTables(lines);
    }

    /** The values of {@code table}, or none when there is no such file. */
    List<String> values(String table) {
        List<String> out = new ArrayList<>();
        expand(table, out, 0);
        return out;
    }

    private void expand(String table, List<String> out, int depth) {
        if (depth > 5) {
            throw new IllegalArgumentException(table + SUFFIX + ": !include nests too deep (a cycle?)");
        }
        for (String line : lines.getOrDefault(table, List.of())) {
            String value = line.strip();
            if (value.isEmpty() || value.startsWith("#")) {
                continue;
            }
            if (value.startsWith("!include ")) {
                expand(value.substring("!include ".length()).strip(), out, depth + 1);
            } else if (value.startsWith("!repeat ")) {
                out.add(repeat(table, value));
            } else {
                out.add(value);
            }
        }
    }

    private static String repeat(String table, String directive) {
        String[] parts = directive.split(" ");
        if (parts.length != 3) {
            throw new IllegalArgumentException(table + SUFFIX + ": expected '!repeat <text> <count>', got " + directive);
        }
        return "\"" + parts[1].repeat(Integer.parseInt(parts[2])) + "\"";
    }
}
