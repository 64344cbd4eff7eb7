package dev.otelint.collector.processor.resourcedetection;

import dev.otelint.collector.config.ConfigException;
import dev.otelint.collector.config.ConfigList;
import dev.otelint.collector.config.ConfigNode;
import dev.otelint.collector.config.ConfigScalar;
import dev.otelint.collector.config.ConfigSource;
import java.util.ArrayList;
import java.util.List;

/** One string of a list setting and where it is written, so that a problem with it points at its line. */
public record ConfigItem(String value, ConfigSource source) {

    static boolean isNull(ConfigNode node) {
        return node instanceof ConfigScalar s && s.isNull();
    }

    /** The strings of a {@code []string} setting, with mapstructure's message for anything else. */
    static List<ConfigItem> strings(ConfigNode node, String name) {
        if (!(node instanceof ConfigList list)) {
            throw mismatch(name, "[]string", node);
        }
        List<ConfigItem> items = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            ConfigNode item = list.items().get(i);
            if (item instanceof ConfigScalar s && (s.value() instanceof String || s.expanded())) {
                items.add(new ConfigItem(s.expanded() ? s.text() : (String) s.value(), s.source()));
            } else {
                throw mismatch(name + "[" + i + "]", "string", item);
            }
        }
        return items;
    }

    private static ConfigException mismatch(String name, String goType, ConfigNode node) {
        return new ConfigException("'" + name + "' expected type '" + goType + "', got unconvertible type '"
                + node.goKind() + "'", node.source());
    }
}
