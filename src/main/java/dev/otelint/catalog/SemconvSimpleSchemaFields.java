package dev.otelint.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Simple Schema's own fields inside namespaces the semantic conventions own
 * (catalog/semconv/simple-schema-fields.txt); at a document's top level they are not OTEL attributes.
 */
public final class SemconvSimpleSchemaFields {

    private static final String RESOURCE = SemconvRegistrySources.CLASSPATH_ROOT + "simple-schema-fields.txt";
    private static volatile SemconvSimpleSchemaFields builtin;

    private final Set<String> fields = new HashSet<>();
    private final Set<String> namespaces = new HashSet<>();

    /** @param lines field ids, and "prefix.*" for everything below a prefix; '#' starts a comment line */
    public SemconvSimpleSchemaFields(Iterable<String> lines) {
        for (String line : lines) {
            String entry = line.trim();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            if (entry.endsWith(".*")) {
                namespaces.add(entry.substring(0, entry.length() - 2));
            } else {
                fields.add(entry);
            }
        }
    }

    public static SemconvSimpleSchemaFields builtin() {
        SemconvSimpleSchemaFields loaded = builtin;
        if (loaded == null) {
            loaded = load();
            builtin = loaded;
        }
        return loaded;
    }

    private static SemconvSimpleSchemaFields load() {
        InputStream in = SemconvSimpleSchemaFields.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("classpath resource " + RESOURCE + " is missing from the build");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            return new SemconvSimpleSchemaFields(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when everything below this prefix ("event", "http.user_agent") belongs to the schema. */
    public boolean ownsNamespace(String prefix) {
        return namespaces.contains(prefix);
    }

    /** True when the dotted field id is one of the schema's own fields. */
    public boolean ownsField(String id) {
        return fields.contains(id);
    }
}
