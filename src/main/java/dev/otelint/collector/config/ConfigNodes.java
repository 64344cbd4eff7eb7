package dev.otelint.collector.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers over config trees. */
public final class ConfigNodes {

    private ConfigNodes() {}

    /**
     * The same tree with every key and value placed at {@code source}: for values that were not written in
     * a file line by line (a --set flag, an environment variable's YAML).
     */
    public static ConfigNode relocate(ConfigNode node, ConfigSource source) {
        if (node instanceof ConfigMap map) {
            Map<String, ConfigMap.Entry> entries = new LinkedHashMap<>();
            for (ConfigMap.Entry e : map.list()) {
                entries.put(e.key(), new ConfigMap.Entry(e.key(), source, relocate(e.value(), source)));
            }
            return new ConfigMap(entries, source);
        }
        if (node instanceof ConfigList list) {
            List<ConfigNode> items = new ArrayList<>();
            for (ConfigNode item : list.items()) {
                items.add(relocate(item, source));
            }
            return new ConfigList(items, source);
        }
        ConfigScalar scalar = (ConfigScalar) node;
        return new ConfigScalar(scalar.value(), scalar.text(), source);
    }

    /** confmap reads a key "a::b" as key b inside key a, in every config source. */
    public static ConfigMap nestKeys(ConfigMap map) {
        ConfigMap result = ConfigMap.empty(map.source());
        for (ConfigMap.Entry e : map.list()) {
            ConfigNode value = e.value() instanceof ConfigMap child ? nestKeys(child) : e.value();
            String[] keys = e.key().split(SetFlag.KEY_DELIMITER, -1);
            for (int i = keys.length - 1; i >= 0; i--) {
                ConfigMap.Entry entry = new ConfigMap.Entry(keys[i], e.keySource(), value);
                value = new ConfigMap(Map.of(keys[i], entry), i == 0 ? map.source() : e.keySource());
            }
            result = ConfigMerge.merge(result, (ConfigMap) value);
        }
        return result;
    }
}
