package dev.otelint.collector.config;

import dev.otelint.collector.CollectorRules;
import dev.otelint.report.FindingSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands ${...} references in config values as the collector's confmap resolver does:
 * <ul>
 * <li>${env:VAR}, and ${VAR} (env is the default scheme); ${env:VAR:-default} when VAR is unset (not when
 *     it is empty); an unset VAR without default becomes empty, with a warning;</li>
 * <li>a reference that fills the whole value is replaced by the variable's value parsed as YAML (a number,
 *     a list, a map); the text is kept for string settings; inside a longer string it is spliced in as text;</li>
 * <li>a reference preceded by an odd number of '$' is escaped, and once expansion is done "$$" becomes "$";</li>
 * <li>bare $VAR is left as written (the old expansion was removed from the collector).</li>
 * </ul>
 * Values are expanded again until nothing changes (at most 1000 rounds). Problems are findings; the value
 * stays as written.
 */
public final class EnvExpansion {
    private static final int MAX_ROUNDS = 1000;
    private static final Pattern URI = Pattern.compile("(?s)^([A-Za-z][A-Za-z0-9+.-]+):(.*)$");
    private static final String ENV_NAME = "^[a-zA-Z_][a-zA-Z0-9_]*$";
    private static final Pattern ENV_NAME_PATTERN = Pattern.compile(ENV_NAME);
    private static final List<String> OTHER_COLLECTOR_SCHEMES = List.of("file", "yaml", "http", "https");

    private final Function<String, String> env;
    private final FindingSink sink;

    public EnvExpansion(Function<String, String> env, FindingSink sink) {
        this.env = env;
        this.sink = sink;
    }

    public ConfigNode expand(ConfigNode node, String path) {
        if (node instanceof ConfigMap map) {
            Map<String, ConfigMap.Entry> entries = new LinkedHashMap<>();
            for (ConfigMap.Entry e : map.list()) {
                String child = path.isEmpty() ? e.key() : path + SetFlag.KEY_DELIMITER + e.key();
                entries.put(e.key(), new ConfigMap.Entry(e.key(), e.keySource(), expand(e.value(), child)));
            }
            return new ConfigMap(entries, map.source());
        }
        if (node instanceof ConfigList list) {
            List<ConfigNode> items = new ArrayList<>();
            for (int i = 0; i < list.items().size(); i++) {
                items.add(expand(list.items().get(i), path + SetFlag.KEY_DELIMITER + i));
            }
            return new ConfigList(items, list.source());
        }
        ConfigScalar scalar = (ConfigScalar) node;
        if (!(scalar.value() instanceof String text)) {
            return scalar;
        }
        try {
            return expandString(text, scalar.source(), path);
        } catch (ConfigException e) {
            sink.accept(CollectorRules.finding(CollectorRules.CONFIG, scalar.source(), path, e.getMessage()));
            return scalar;
        }
    }

    private ConfigNode expandString(String value, ConfigSource source, String path) {
        String current = value;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String uri = current.contains("${") && current.contains("}") ? findUri(current) : null;
            if (uri == null) {
                return ConfigScalar.ofString(unescape(current), source);
            }
            String raw = retrieve(uri, source, path);
            if (!uri.equals(current)) {
                current = current.replace(uri, raw);
                continue;
            }
            ConfigNode whole = parseYaml(raw, source);
            if (whole instanceof ConfigScalar s && s.value() instanceof String) {
                current = raw;
                continue;
            }
            return whole instanceof ConfigScalar s
                    ? new ConfigScalar(s.value(), unescape(raw), source, true)
                    : expand(whole, path);
        }
        throw new ConfigException("too many recursive expansions", source);
    }

    /**
     * confmap's findURI: the innermost "${...}" ending at the first '}', or nothing when it is escaped by an
     * odd number of '$' (which ends the search, as in the collector).
     */
    static String findUri(String input) {
        int close = input.indexOf('}');
        if (close < 0) {
            return null;
        }
        int open = input.lastIndexOf("${", close);
        if (open < 0) {
            String remaining = input.substring(close + 1);
            return remaining.contains("}") ? findUri(remaining) : null;
        }
        int dollars = 0;
        for (int i = open - 1; i >= 0 && input.charAt(i) == '$'; i--) {
            dollars++;
        }
        return dollars % 2 == 1 ? null : input.substring(open, close + 1);
    }

    private String retrieve(String reference, ConfigSource source, String path) {
        String uri = reference.substring(2, reference.length() - 1);
        if (!uri.contains(":")) {
            uri = "env:" + uri;
        }
        Matcher m = URI.matcher(uri);
        if (!m.matches()) {
            throw new ConfigException("invalid uri: \"" + uri + "\"", source);
        }
        String scheme = m.group(1);
        String opaque = m.group(2);
        if (opaque.contains("$")) {
            throw new ConfigException("the uri \"" + uri + "\" contains unsupported characters ('$')", source);
        }
        if (!scheme.equals("env")) {
            if (OTHER_COLLECTOR_SCHEMES.contains(scheme)) {
                throw new ConfigException("the \"" + scheme + "\" config provider (" + reference
                        + ") is known to otelcol-contrib, not supported by otelint", source);
            }
            throw new ConfigException("scheme \"" + scheme + "\" is not supported for uri \"" + uri + "\"", source);
        }
        return envValue(opaque, source, path);
    }

    private String envValue(String opaque, ConfigSource source, String path) {
        int dash = opaque.indexOf(":-");
        String name = dash < 0 ? opaque : opaque.substring(0, dash);
        if (!ENV_NAME_PATTERN.matcher(name).matches()) {
            throw new ConfigException("environment variable \"" + name + "\" has invalid name: must match regex "
                    + ENV_NAME, source);
        }
        String value = env.apply(name);
        if (value != null) {
            return value;
        }
        if (dash >= 0) {
            return opaque.substring(dash + 2);
        }
        sink.accept(CollectorRules.finding(CollectorRules.UNSET_ENV, source, path,
                "Configuration references unset environment variable \"" + name + "\""));
        return "";
    }

    /** The variable's text as YAML; text that is not valid YAML stays a string, as in confmap. */
    private static ConfigNode parseYaml(String raw, ConfigSource source) {
        try {
            ConfigNode node = YamlConfigReader.readString(source.file(), raw);
            return node == null ? new ConfigScalar(null, raw, source) : ConfigNodes.relocate(node, source);
        } catch (RuntimeException e) {
            return ConfigScalar.ofString(raw, source);
        }
    }

    private static String unescape(String s) {
        return s.replace("$$", "$");
    }
}
