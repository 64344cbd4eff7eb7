package dev.otelint.collector.receiver.filelog;

import dev.otelint.collector.config.ConfigMap;
import dev.otelint.collector.config.ConfigNode;
import dev.otelint.collector.config.ConfigScalar;
import dev.otelint.collector.receiver.filelog.entry.Entry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the receiver adds to each entry before the operators run: the file attributes (log.file.name,
 * log.file.path and their _resolved forms, the semantic conventions' names) and the configured attributes
 * and resource.
 */
final class EntryDecoration {
    private final FileLogConfig config;
    private final Map<String, String> attributes;
    private final Map<String, String> resource;

    EntryDecoration(FileLogConfig config) {
        this.config = config;
        this.attributes = strings(config.attributes, "attributes");
        this.resource = strings(config.resource, "resource");
    }

    void decorate(Entry entry, Path file) {
        if (config.includeFileName) {
            entry.attributes.put("log.file.name", file.getFileName().toString());
        }
        if (config.includeFilePath) {
            entry.attributes.put("log.file.path", file.toString());
        }
        if (config.includeFileNameResolved || config.includeFilePathResolved) {
            Path resolved = resolved(file);
            if (config.includeFileNameResolved) {
                entry.attributes.put("log.file.name_resolved", resolved.getFileName().toString());
            }
            if (config.includeFilePathResolved) {
                entry.attributes.put("log.file.path_resolved", resolved.toString());
            }
        }
        entry.attributes.putAll(attributes);
        entry.resource.putAll(resource);
    }

    private static Path resolved(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath();
        }
    }

    /** A map of string values; throws IllegalArgumentException naming the key otherwise. */
    static Map<String, String> strings(ConfigNode node, String key) {
        Map<String, String> values = new LinkedHashMap<>();
        if (node == null || node instanceof ConfigScalar s && s.isNull()) {
            return values;
        }
        if (!(node instanceof ConfigMap map)) {
            throw new IllegalArgumentException("'" + key + "' expected a map, got '" + node.goKind() + "'");
        }
        for (ConfigMap.Entry e : map.list()) {
            if (!(e.value() instanceof ConfigScalar s) || s.value() == null) {
                throw new IllegalArgumentException("'" + key + "[" + e.key() + "]' expected type 'string', got '"
                        + e.value().goKind() + "'");
            }
            values.put(e.key(), s.text());
        }
        return values;
    }
}
