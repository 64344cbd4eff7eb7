package dev.otelint.collector.config;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The keys of a map that its section does not take, sorted, and where the first of them (in file order) is
 * written: mapstructure's "'path' has invalid keys: a, b" error, the collector's message for unknown settings.
 */
public record InvalidKeys(List<String> keys, ConfigSource first) {

    /** The keys of {@code map} not in {@code allowed}; empty keys when there are none. */
    public static InvalidKeys of(ConfigMap map, Set<String> allowed) {
        TreeSet<String> invalid = new TreeSet<>();
        ConfigSource first = null;
        for (ConfigMap.Entry e : map.list()) {
            if (!allowed.contains(e.key())) {
                invalid.add(e.key());
                first = first == null ? e.keySource() : first;
            }
        }
        return new InvalidKeys(List.copyOf(invalid), first);
    }

    public boolean any() {
        return !keys.isEmpty();
    }

    /** "'path' has invalid keys: a, b" ("''" for the top level). */
    public String message(String path) {
        return message(path, keys);
    }

    /** The same message for keys collected elsewhere (sorted by the caller). */
    public static String message(String path, Collection<String> keys) {
        return "'" + path + "' has invalid keys: " + String.join(", ", keys);
    }
}
