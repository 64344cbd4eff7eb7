package dev.otelint.push;

import dev.otelint.collector.config.ConfigList;
import dev.otelint.collector.config.ConfigMap;
import dev.otelint.collector.config.ConfigNode;
import dev.otelint.collector.config.ConfigScalar;
import dev.otelint.collector.config.ConfigSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Java maps, lists and scalars as collector config trees, placed at one source ("--to otlp=..."), so that the
 * config push builds is read, checked and reported exactly as a YAML file would be.
 */
final class ConfigTrees {

    private ConfigTrees() {}

    static ConfigNode of(Object value, ConfigSource source) {
        if (value instanceof Map<?, ?> map) {
            return map(map, source);
        }
        if (value instanceof List<?> list) {
            List<ConfigNode> items = new ArrayList<>();
            list.forEach(item -> items.add(of(item, source)));
            return new ConfigList(items, source);
        }
        Object scalar = value instanceof Integer i ? Long.valueOf(i) : value;
        return new ConfigScalar(scalar, scalar == null ? "" : String.valueOf(scalar), source);
    }

    static ConfigMap map(Map<?, ?> map, ConfigSource source) {
        Map<String, ConfigMap.Entry> entries = new LinkedHashMap<>();
        map.forEach((k, v) -> entries.put(String.valueOf(k),
                new ConfigMap.Entry(String.valueOf(k), source, of(v, source))));
        return new ConfigMap(entries, source);
    }

    /** {@code map} with {@code key} set to {@code value} (replacing any value it had). */
    static ConfigMap with(ConfigMap map, String key, ConfigNode value) {
        Map<String, ConfigMap.Entry> entries = new LinkedHashMap<>(map.entries());
        ConfigMap.Entry old = entries.get(key);
        entries.put(key, new ConfigMap.Entry(key, old == null ? value.source() : old.keySource(), value));
        return new ConfigMap(entries, map.source());
    }

    /** The map at {@code key}, or an empty one when it is absent or not a map. */
    static ConfigMap child(ConfigMap map, String key) {
        return map.get(key) instanceof ConfigMap child ? child : ConfigMap.empty(map.source());
    }

    /** The text items of the list at {@code key}; empty when absent. */
    static List<String> names(ConfigMap map, String key) {
        List<String> names = new ArrayList<>();
        if (map.get(key) instanceof ConfigList list) {
            list.items().forEach(i -> names.add(i instanceof ConfigScalar s ? s.text() : ""));
        }
        return names;
    }
}
