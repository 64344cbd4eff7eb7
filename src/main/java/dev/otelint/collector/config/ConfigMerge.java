package dev.otelint.collector.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Merges configs given in order, as the collector's confmap does (koanf's maps.Merge): maps merge key by
 * key, recursively; anything else from the later config (a scalar, a list, a null) replaces the earlier
 * value whole. Lists are not appended.
 */
public final class ConfigMerge {

    private ConfigMerge() {}

    public static ConfigMap merge(ConfigMap base, ConfigMap later) {
        Map<String, ConfigMap.Entry> merged = new LinkedHashMap<>(base.entries());
        for (ConfigMap.Entry entry : later.entries().values()) {
            ConfigMap.Entry earlier = merged.get(entry.key());
            if (earlier != null && earlier.value() instanceof ConfigMap a && entry.value() instanceof ConfigMap b) {
                merged.put(entry.key(), new ConfigMap.Entry(entry.key(), entry.keySource(), merge(a, b)));
            } else {
                merged.put(entry.key(), entry);
            }
        }
        return new ConfigMap(merged, base.source());
    }
}
