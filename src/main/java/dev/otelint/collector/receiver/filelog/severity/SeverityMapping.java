package dev.otelint.collector.receiver.filelog.severity;

import dev.otelint.collector.config.ConfigList;
import dev.otelint.collector.config.ConfigMap;
import dev.otelint.collector.config.ConfigNode;
import dev.otelint.collector.config.ConfigScalar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Values to OTLP severity numbers, as stanza's severity builder makes them: the preset's names ("warn"),
 * numbers ("13") and, for the default preset, the aliases warning/err, then the user's mapping on top.
 * Keys are lowercase text; a value is looked up lowercased.
 */
final class SeverityMapping {
    static final List<String> LEVELS = List.of("trace", "debug", "info", "warn", "error", "fatal");
    private static final Map<String, int[]> HTTP_RANGES = Map.of("2xx", new int[] {200, 299},
            "3xx", new int[] {300, 399}, "4xx", new int[] {400, 499}, "5xx", new int[] {500, 599});

    private final Map<String, Integer> values = new HashMap<>();

    private SeverityMapping() {}

    static SeverityMapping build(String preset, ConfigNode mapping) {
        SeverityMapping m = new SeverityMapping();
        if (!preset.equals("none")) {
            m.addOtel();
        }
        if (!List.of("none", "otel", "aliases").contains(preset)) {
            // stanza's default preset (and any name it does not know) adds these aliases
            for (int i = 0; i < 4; i++) {
                String suffix = i == 0 ? "" : String.valueOf(i + 1);
                m.values.put("warning" + suffix, 13 + i);
                m.values.put("err" + suffix, 17 + i);
            }
        }
        if (mapping instanceof ConfigMap map) {
            for (ConfigMap.Entry e : map.list()) {
                m.addUser(e.key(), e.value());
            }
        } else if (mapping != null && !(mapping instanceof ConfigScalar s && s.isNull())) {
            throw new IllegalArgumentException("'mapping' expected a map, got '" + mapping.goKind() + "'");
        }
        return m;
    }

    private void addOtel() {
        for (int level = 0; level < LEVELS.size(); level++) {
            for (int i = 0; i < 4; i++) {
                int number = level * 4 + i + 1;
                values.put(LEVELS.get(level) + (i == 0 ? "" : String.valueOf(i + 1)), number);
                values.put(String.valueOf(number), number);
            }
        }
    }

    private void addUser(String severityName, ConfigNode node) {
        Integer severity = otelNumber(severityName.toLowerCase(Locale.ROOT));
        if (severity == null) {
            throw new IllegalArgumentException("unrecognized severity '" + severityName + "' in mapping");
        }
        if (node instanceof ConfigList list) {
            list.items().forEach(item -> addValues(severity, item));
        } else {
            addValues(severity, node);
        }
    }

    private static Integer otelNumber(String name) {
        SeverityMapping otel = new SeverityMapping();
        otel.addOtel();
        return otel.values.get(name);
    }

    private void addValues(int severity, ConfigNode node) {
        if (node instanceof ConfigScalar s && s.value() instanceof Long n) {
            values.put(String.valueOf(n), severity);
        } else if (node instanceof ConfigScalar s && s.value() instanceof String text) {
            int[] range = HTTP_RANGES.get(text);
            if (range != null) {
                addRange(severity, range[0], range[1]);
            } else {
                values.put(text.toLowerCase(Locale.ROOT), severity);
            }
        } else if (node instanceof ConfigMap map && map.get("min") instanceof ConfigScalar min
                && min.value() instanceof Long lo && map.get("max") instanceof ConfigScalar max
                && max.value() instanceof Long hi) {
            addRange(severity, Math.min(lo, hi), Math.max(lo, hi));
        } else {
            throw new IllegalArgumentException("type " + node.goKind() + " cannot be parsed as a severity (at "
                    + node.source() + ")");
        }
    }

    private void addRange(int severity, long from, long to) {
        for (long i = from; i <= to; i++) {
            values.put(String.valueOf(i), severity);
        }
    }

    /** The severity number of a text key, or 0 (stanza's Default) when unmapped. */
    int find(String key) {
        return values.getOrDefault(key.toLowerCase(Locale.ROOT), 0);
    }
}
