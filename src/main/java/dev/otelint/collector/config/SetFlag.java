package dev.otelint.collector.config;

import dev.otelint.report.BadInputException;

/**
 * One --set KEY=VALUE, read as the collector reads it: the key path may use '.' or '::' between keys
 * (dots become '::', so a key cannot contain a dot), and "KEY: VALUE" is parsed as YAML, so VALUE may be a
 * number, a boolean, a list or a map. The result is a config to merge after the --config files.
 */
public final class SetFlag {
    static final String KEY_DELIMITER = "::";

    private SetFlag() {}

    public static ConfigMap parse(String flag) {
        int eq = flag.indexOf('=');
        if (eq < 0) {
            throw new BadInputException("--set " + flag + ": missing equal sign");
        }
        String path = flag.substring(0, eq).strip().replace(".", KEY_DELIMITER);
        String value = flag.substring(eq + 1).strip();
        String name = "--set " + flag;
        ConfigNode parsed = YamlConfigReader.readString(name, path + ": " + value);
        if (!(parsed instanceof ConfigMap map) || map.entries().size() != 1) {
            throw new BadInputException(name + ": expected KEY=VALUE");
        }
        return ConfigNodes.nestKeys((ConfigMap) ConfigNodes.relocate(map, ConfigSource.of(name)));
    }
}
