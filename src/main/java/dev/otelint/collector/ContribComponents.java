package dev.otelint.collector;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The component types of the otelcol-contrib distribution (catalog/collector/otelcol-contrib-components.txt),
 * so that a type otelint lacks can be told from a typo, and the types the collector removed, with its message.
 */
public final class ContribComponents {
    private static final String RESOURCE = "catalog/collector/otelcol-contrib-components.txt";
    private static final ContribComponents SHIPPED = read();

    private final Set<String> known;
    private final Map<String, String> removed;

    private ContribComponents(Set<String> known, Map<String, String> removed) {
        this.known = known;
        this.removed = removed;
    }

    public static ContribComponents shipped() {
        return SHIPPED;
    }

    public boolean knows(ComponentKind kind, String type) {
        return known.contains(key(kind, type));
    }

    /** The collector's message for a removed type, or null. */
    public String removedMessage(ComponentKind kind, String type) {
        return removed.get(key(kind, type));
    }

    private static String key(ComponentKind kind, String type) {
        return kind.label() + "\t" + type;
    }

    private static ContribComponents read() {
        InputStream in = ContribComponents.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE + " (the jar is incomplete)");
        }
        Set<String> known = new HashSet<>();
        Map<String, String> removed = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 3);
                String key = parts[0].strip().toLowerCase(Locale.ROOT) + "\t" + parts[1].strip();
                if (parts.length > 2 && parts[2].startsWith("removed: ")) {
                    removed.put(key, parts[2].substring("removed: ".length()));
                } else {
                    known.add(key);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new ContribComponents(known, removed);
    }
}
