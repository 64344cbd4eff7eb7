package dev.otelint.collector.service;

import dev.otelint.collector.CollectorRules;
import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.ComponentRegistry;
import dev.otelint.collector.ContribComponents;
import dev.otelint.collector.component.ConfigBinder;
import dev.otelint.collector.component.Factory;
import dev.otelint.collector.component.ValidatedConfig;
import dev.otelint.collector.config.ConfigException;
import dev.otelint.collector.config.ConfigMap;
import dev.otelint.collector.config.ConfigNode;
import dev.otelint.collector.config.ConfigScalar;
import dev.otelint.collector.config.ConfigSource;
import dev.otelint.report.Finding;
import dev.otelint.report.FindingSink;
import dev.otelint.report.Severity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one component section (receivers, processors...): parses each id, finds its factory and binds its
 * config, as the collector's config unmarshaler does, with its messages. A type otelint does not have is a
 * finding that says whether the collector knows it; a connector is not supported yet.
 */
final class ComponentSectionReader {
    private final ComponentRegistry registry;
    private final FindingSink sink;
    private final Severity unsupportedSeverity;

    ComponentSectionReader(ComponentRegistry registry, FindingSink sink, Severity unsupportedSeverity) {
        this.registry = registry;
        this.sink = sink;
        this.unsupportedSeverity = unsupportedSeverity;
    }

    Map<ComponentId, ComponentConfig> read(ComponentKind kind, ConfigMap.Entry section) {
        Map<ComponentId, ComponentConfig> configs = new LinkedHashMap<>();
        if (section == null || section.value() instanceof ConfigScalar s && s.isNull()) {
            return configs;
        }
        if (!(section.value() instanceof ConfigMap map)) {
            error(CollectorRules.CONFIG, section.value().source(), kind.section(),
                    "'" + kind.section() + "' expected a map, got '" + section.value().goKind() + "'");
            return configs;
        }
        for (ConfigMap.Entry entry : map.list()) {
            ComponentId id;
            try {
                id = ComponentId.parse(entry.key());
            } catch (IllegalArgumentException e) {
                error(CollectorRules.CONFIG, entry.keySource(), kind.section(),
                        "invalid component id \"" + entry.key() + "\": " + e.getMessage());
                continue;
            }
            if (configs.containsKey(id)) {
                error(CollectorRules.CONFIG, entry.keySource(), kind.section(),
                        "duplicate name \"" + id + "\" after trimming whitespace");
                continue;
            }
            configs.put(id, component(kind, id, entry));
        }
        return configs;
    }

    private ComponentConfig component(ComponentKind kind, ComponentId id, ConfigMap.Entry entry) {
        Factory<?> factory = registry.factory(kind, id.type());
        if (factory == null) {
            reportMissingType(kind, id, entry.keySource());
            return new ComponentConfig(id, kind, null, null, entry.keySource());
        }
        Object config = factory.createDefaultConfig();
        String path = kind.section() + "::" + id;
        bind(entry.value(), config, path);
        if (config instanceof ValidatedConfig validated) {
            try {
                validated.validate();
            } catch (IllegalArgumentException e) {
                error(CollectorRules.CONFIG, entry.keySource(), path, e.getMessage());
            } catch (ConfigException e) {
                // a config that knows where each problem was written; further ones come as suppressed
                error(CollectorRules.CONFIG, e.source(), path, e.getMessage());
                for (Throwable more : e.getSuppressed()) {
                    error(CollectorRules.CONFIG, ((ConfigException) more).source(), path, more.getMessage());
                }
            }
        }
        return new ComponentConfig(id, kind, factory, config, entry.keySource());
    }

    private void bind(ConfigNode node, Object config, String path) {
        new ConfigBinder(new ConfigBinder.Problems() {
            @Override
            public void error(String message, ConfigSource at) {
                ComponentSectionReader.this.error(CollectorRules.CONFIG, at, path, message);
            }

            @Override
            public void unsupported(String message, ConfigSource at) {
                sink.accept(unsupportedFinding(at, path, message));
            }
        }).bind(node, config);
    }

    private void reportMissingType(ComponentKind kind, ComponentId id, ConfigSource at) {
        ContribComponents contrib = ContribComponents.shipped();
        String removed = contrib.removedMessage(kind, id.type());
        if (removed != null) {
            error(CollectorRules.REMOVED_TYPE, at, kind.section(), removed);
        } else if (kind == ComponentKind.CONNECTOR) {
            sink.accept(CollectorRules.finding(CollectorRules.UNSUPPORTED, Severity.ERROR, at, kind.section(),
                    "connector \"" + id + "\": connectors are not supported by otelint yet"));
        } else if (contrib.knows(kind, id.type())) {
            sink.accept(unsupportedFinding(at, kind.section(), kind.label() + " type \"" + id.type() + "\" (id \"" + id
                    + "\") is known to otelcol-contrib, not supported by otelint (otelint has: "
                    + registry.types(kind) + ")"));
        } else {
            // Go's %v of a slice of types: [a b c]
            error(CollectorRules.UNKNOWN_TYPE, at, kind.section(), "unknown type: \"" + id.type() + "\" for id: \"" + id
                    + "\" (valid values: [" + String.join(" ", registry.types(kind)) + "])");
        }
    }

    private Finding unsupportedFinding(ConfigSource at, String path, String message) {
        return CollectorRules.finding(CollectorRules.UNSUPPORTED, unsupportedSeverity, at, path, message);
    }

    private void error(dev.otelint.report.Rule rule, ConfigSource at, String path, String message) {
        sink.accept(CollectorRules.finding(rule, at, path, message));
    }
}
