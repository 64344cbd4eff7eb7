package dev.otelint.collector.service;

import dev.otelint.collector.CollectorRules;
import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.ComponentRegistry;
import dev.otelint.collector.config.ConfigMap;
import dev.otelint.collector.config.InvalidKeys;
import dev.otelint.report.FindingSink;
import dev.otelint.report.Severity;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns a resolved config into a {@link CollectorConfig}, reporting every problem the collector would
 * (with its messages) instead of stopping at the first. Types known to otelcol-contrib but missing from
 * otelint are warnings when only validating and errors when the config is to be run.
 */
public final class CollectorConfigReader {
    private static final Set<String> TOP_LEVEL = Set.of("receivers", "processors", "exporters", "extensions",
            "connectors", "service");

    private final ComponentRegistry registry;
    private final FindingSink sink;
    private final Severity unsupportedSeverity;

    public CollectorConfigReader(ComponentRegistry registry, FindingSink sink, boolean forRun) {
        this.registry = registry;
        this.sink = sink;
        this.unsupportedSeverity = forRun ? Severity.ERROR : CollectorRules.UNSUPPORTED.severity();
    }

    public CollectorConfig read(ConfigMap root) {
        topLevelKeys(root);
        ComponentSectionReader sections = new ComponentSectionReader(registry, sink, unsupportedSeverity);
        Map<ComponentKind, Map<ComponentId, ComponentConfig>> components = new EnumMap<>(ComponentKind.class);
        for (ComponentKind kind : ComponentKind.values()) {
            components.put(kind, sections.read(kind, root.entry(kind.section())));
        }
        if (components.get(ComponentKind.RECEIVER).isEmpty()) {
            sink.accept(CollectorRules.finding(CollectorRules.PIPELINE, root.source(), "receivers",
                    "no receiver configuration specified in config"));
        }
        if (components.get(ComponentKind.EXPORTER).isEmpty()) {
            sink.accept(CollectorRules.finding(CollectorRules.PIPELINE, root.source(), "exporters",
                    "no exporter configuration specified in config"));
        }
        ServiceSectionReader service = new ServiceSectionReader(sink, unsupportedSeverity);
        service.read(root.entry("service"), root.source());
        CollectorConfig config = new CollectorConfig(components, service.extensions, service.pipelines,
                service.telemetry);
        new PipelineChecks(config, sink).check();
        return config;
    }

    private void topLevelKeys(ConfigMap root) {
        InvalidKeys invalid = InvalidKeys.of(root, TOP_LEVEL);
        if (invalid.any()) {
            sink.accept(CollectorRules.finding(CollectorRules.CONFIG, invalid.first(), "", invalid.message("")));
        }
    }
}
