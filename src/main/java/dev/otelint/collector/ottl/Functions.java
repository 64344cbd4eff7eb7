package dev.otelint.collector.ottl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The OTTL functions otelint runs, and the names of every function the collector's OTTL has
 * (catalog/collector/ottl-functions.txt), so that a statement using one of those is told it is outside
 * otelint's subset rather than that it does not exist.
 */
final class Functions {
    private static final String CATALOG = "catalog/collector/ottl-functions.txt";
    private static final Map<String, OttlFunction> SUPPORTED = new TreeMap<>();
    private static final Set<String> KNOWN = readKnown();

    static {
        List<OttlFunction> all = new ArrayList<>(Editors.all());
        all.addAll(Converters.all());
        all.forEach(f -> SUPPORTED.put(f.name(), f));
    }

    private Functions() {}

    /** The function of that name, or an {@link OttlException} that says why there is none. */
    static OttlFunction find(String name, int column) {
        OttlFunction f = SUPPORTED.get(name);
        if (f != null) {
            return f;
        }
        if (KNOWN.contains(name)) {
            throw new OttlException("function \"" + name + "\" is not supported by otelint (supported: "
                    + String.join(", ", SUPPORTED.keySet()) + ")", column);
        }
        throw new OttlException("undefined function \"" + name + "\"", column);
    }

    /** Whether the collector's OTTL has a function of that name. */
    static boolean isOttlFunction(String name) {
        return KNOWN.contains(name);
    }

    static Set<String> supportedNames() {
        return SUPPORTED.keySet();
    }

    private static Set<String> readKnown() {
        Set<String> names = new TreeSet<>();
        try (InputStream in = Functions.class.getClassLoader().getResourceAsStream(CATALOG)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CATALOG);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
