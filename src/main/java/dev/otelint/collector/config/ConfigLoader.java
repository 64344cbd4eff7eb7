package dev.otelint.collector.config;

import dev.otelint.report.BadInputException;
import dev.otelint.report.FindingSink;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Resolves a collector config as the collector's confmap resolver does: every --config in order, then every
 * --set, merged ({@link ConfigMerge}), then ${...} expanded once over the result ({@link EnvExpansion}).
 * A --config is a file path, or a URI with the file:, env: or yaml: scheme.
 */
public final class ConfigLoader {
    private final Function<String, String> env;
    private final FindingSink sink;

    public ConfigLoader(Function<String, String> env, FindingSink sink) {
        this.env = env;
        this.sink = sink;
    }

    public ConfigMap load(List<String> configs, List<String> sets) {
        if (configs.isEmpty()) {
            throw new BadInputException("--config: at least one config file is required");
        }
        ConfigMap merged = null;
        for (String location : configs) {
            ConfigMap next = rootMap(location, read(location));
            merged = merged == null ? next : ConfigMerge.merge(merged, next);
        }
        for (String set : sets) {
            merged = ConfigMerge.merge(merged, SetFlag.parse(set));
        }
        return (ConfigMap) new EnvExpansion(env, sink).expand(merged, "");
    }

    private ConfigNode read(String location) {
        int colon = location.indexOf(':');
        String scheme = colon > 1 ? location.substring(0, colon) : "";
        String rest = location.substring(colon + 1);
        return switch (scheme) {
            case "file" -> YamlConfigReader.readFile(Path.of(rest));
            case "yaml" -> inline(location, rest);
            case "env" -> envConfig(location, rest);
            case "http", "https" -> throw new BadInputException("--config " + location
                    + ": the " + scheme + " config provider is known to otelcol-contrib, not supported by otelint");
            default -> YamlConfigReader.readFile(Path.of(location));
        };
    }

    private ConfigNode envConfig(String location, String name) {
        String value = env.apply(name);
        if (value == null) {
            throw new BadInputException("--config " + location + ": environment variable " + name + " is not set");
        }
        return YamlConfigReader.readString(location, value);
    }

    private static ConfigNode inline(String location, String yaml) {
        ConfigNode node = YamlConfigReader.readString(location, yaml);
        return node == null ? null : ConfigNodes.relocate(node, ConfigSource.of(location));
    }

    private static ConfigMap rootMap(String location, ConfigNode node) {
        if (node == null) {
            return ConfigMap.empty(ConfigSource.of(location));
        }
        if (node instanceof ConfigMap map) {
            return ConfigNodes.nestKeys(map);
        }
        throw BadInputException.at(node.source().file(), node.source().line(), node.source().column(),
                "a collector config must be a YAML map, not a " + (node instanceof ConfigList ? "list" : "scalar"));
    }
}
