package dev.otelint.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The unit words of Prometheus names, read from catalog/prometheus/*.txt ("unit TAB word" lines). */
final class PrometheusNamesUnits {

    static final PrometheusNamesUnits SHIPPED = new PrometheusNamesUnits(
            read("catalog/prometheus/units.txt"), read("catalog/prometheus/per-units.txt"));

    private final Map<String, String> units;
    private final Map<String, String> perUnits;

    private PrometheusNamesUnits(Map<String, String> units, Map<String, String> perUnits) {
        this.units = units;
        this.perUnits = perUnits;
    }

    /** The word for a main unit ("s" -> "seconds", "1" -> ""); an unlisted unit stands for itself. */
    String word(String unit) {
        return units.getOrDefault(unit, unit);
    }

    /** The word for the unit after '/' ("s" -> "second"); an unlisted unit stands for itself. */
    String perWord(String unit) {
        return perUnits.getOrDefault(unit, unit);
    }

    private static Map<String, String> read(String resource) {
        InputStream in = PrometheusNamesUnits.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource + " (the jar is incomplete)");
        }
        Map<String, String> words = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t", 2);
                    words.put(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return words;
    }
}
