package dev.otelint.catalog;

import dev.otelint.records.Signal;
import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Simple Schema for Observability templates shipped in the jar under {@code catalog/mappings/}.
 * Only {@code index.json} is read up front (there is no classpath scanning); template texts are read on demand.
 */
public final class MappingCatalog {

    static final String ROOT = "catalog/mappings/";
    static final String INDEX = ROOT + "index.json";

    /** What OpenSearch API a file is for: {@code _index_template} or {@code _component_template}. */
    public enum Kind {
        INDEX_TEMPLATE("index-template"),
        COMPONENT("component");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Kind parse(String label) {
            for (Kind k : values()) {
                if (k.label.equals(label)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown kind '" + label + "'");
        }
    }

    /** One template file; {@code resource} is its classpath path, e.g. catalog/mappings/logs/http-1.0.0.mapping.json. */
    public record Entry(String name, String version, Signal signal, Kind kind, String resource) {}

    private static final class Builtin {
        static final MappingCatalog INSTANCE = load();
    }

    private final List<Entry> entries;
    private final Map<Signal, Entry> indexTemplates;

    MappingCatalog(List<Entry> entries, Map<Signal, Entry> indexTemplates) {
        this.entries = List.copyOf(entries);
        this.indexTemplates = new EnumMap<>(indexTemplates);
        requireUniqueNamesPerSignal(entries);
    }

    /** The catalog shipped with otelint, loaded once. */
    public static MappingCatalog builtin() {
        return Builtin.INSTANCE;
    }

    /** Every template file, in index.json order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The JSON text of a template file. */
    public String read(Entry entry) {
        try (InputStream in = open(entry.resource())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + entry.resource(), e);
        }
    }

    /** The index template a signal's records are validated against when no --schema is given. */
    public Optional<Entry> indexTemplate(Signal signal) {
        return Optional.ofNullable(indexTemplates.get(signal));
    }

    /**
     * The component template of that name for the signal; with a null signal the only component of that name.
     *
     * @throws BadInputException when the signal is null and several signals have a component of that name
     */
    public Optional<Entry> component(String name, Signal signalOrNull) {
        List<Entry> found = new ArrayList<>();
        for (Entry e : named(name)) {
            if (e.kind() == Kind.COMPONENT && (signalOrNull == null || e.signal() == signalOrNull)) {
                found.add(e);
            }
        }
        if (found.size() > 1) {
            throw new BadInputException("component '" + name + "' exists for several signals ("
                    + signalsOf(found) + "); name the signal");
        }
        return found.stream().findFirst();
    }

    /** Every file of that name, whatever its kind and signal. */
    public List<Entry> named(String name) {
        List<Entry> found = new ArrayList<>();
        for (Entry e : entries) {
            if (e.name().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    /** The distinct names of all files, sorted. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        for (Entry e : entries) {
            names.add(e.name());
        }
        return names;
    }

    /** "logs, metrics" for the entries given, in signal order. */
    public static String signalsOf(List<Entry> found) {
        Set<Signal> signals = new TreeSet<>();
        for (Entry e : found) {
            signals.add(e.signal());
        }
        List<String> labels = new ArrayList<>();
        for (Signal s : signals) {
            labels.add(s.label());
        }
        return String.join(", ", labels);
    }

    private static MappingCatalog load() {
        try (InputStream in = open(INDEX)) {
            return MappingIndexReader.read(in, ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = MappingCatalog.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("resource " + resource + " is missing from the build");
        }
        return in;
    }

    // composed_of names are resolved within a signal, so a name may appear once per signal only
    private static void requireUniqueNamesPerSignal(List<Entry> entries) {
        Set<String> seen = new HashSet<>();
        for (Entry e : entries) {
            if (!seen.add(e.signal().label() + "/" + e.name())) {
                throw new IllegalStateException(INDEX + ": '" + e.name() + "' is listed twice for " + e.signal().label());
            }
        }
    }
}
