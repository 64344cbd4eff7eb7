package dev.otelint.collector.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML mapping in file order; each entry keeps where its key was written. */
public record ConfigMap(Map<String, Entry> entries, ConfigSource source) implements ConfigNode {

    /** One key: its text, where it is, and its value (a {@link ConfigScalar} holding null for "key:"). */
    public record Entry(String key, ConfigSource keySource, ConfigNode value) {}

    public ConfigMap {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public static ConfigMap empty(ConfigSource source) {
        return new ConfigMap(Map.of(), source);
    }

    public Entry entry(String key) {
        return entries.get(key);
    }

    public ConfigNode get(String key) {
        Entry e = entries.get(key);
        return e == null ? null : e.value();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public List<Entry> list() {
        return new ArrayList<>(entries.values());
    }

    @Override
    public String goKind() {
        return "map";
    }
}
