package dev.otelint.collector.config;

import java.util.List;

/** A YAML sequence. */
public record ConfigList(List<ConfigNode> items, ConfigSource source) implements ConfigNode {

    public ConfigList {
        items = List.copyOf(items);
    }

    @Override
    public String goKind() {
        return "slice";
    }
}
