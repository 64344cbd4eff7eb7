package dev.otelint.collector.service;

import dev.otelint.collector.CollectorRules;
import dev.otelint.collector.ComponentId;
import dev.otelint.collector.PipelineId;
import dev.otelint.collector.config.ConfigList;
import dev.otelint.collector.config.ConfigMap;
import dev.otelint.collector.config.InvalidKeys;
import dev.otelint.collector.config.ConfigNode;
import dev.otelint.collector.config.ConfigScalar;
import dev.otelint.collector.config.ConfigSource;
import dev.otelint.collector.service.telemetry.TelemetryConfig;
import dev.otelint.collector.service.telemetry.TelemetryConfigReader;
import dev.otelint.report.FindingSink;
import dev.otelint.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the service section: extensions, pipelines (their shape; references are checked later), telemetry. */
final class ServiceSectionReader {
    private static final Set<String> SERVICE_KEYS = Set.of("extensions", "pipelines", "telemetry");
    private static final Set<String> PIPELINE_KEYS = Set.of("receivers", "processors", "exporters");

    private final FindingSink sink;
    private final Severity unsupportedSeverity;
    final List<ComponentRef> extensions = new ArrayList<>();
    final List<PipelineConfig> pipelines = new ArrayList<>();
    TelemetryConfig telemetry = TelemetryConfig.defaults();

    ServiceSectionReader(FindingSink sink, Severity unsupportedSeverity) {
        this.sink = sink;
        this.unsupportedSeverity = unsupportedSeverity;
    }

    void read(ConfigMap.Entry service, ConfigSource root) {
        ConfigMap map = asMap(service == null ? null : service.value(), "service");
        if (map == null) {
            map = ConfigMap.empty(service == null ? root : service.keySource());
        }
        invalidKeys(map, SERVICE_KEYS, "service");
        ConfigMap.Entry ext = map.entry("extensions");
        if (ext != null) {
            extensions.addAll(ids(ext.value(), "service::extensions"));
        }
        ConfigMap.Entry telemetry = map.entry("telemetry");
        if (telemetry != null) {
            this.telemetry = new TelemetryConfigReader(new TelemetryConfigReader.Problems() {
                @Override
                public void error(ConfigSource at, String path, String message) {
                    configError(at, path, message);
                }

                @Override
                public void unsupported(ConfigSource at, String path, String message) {
                    sink.accept(CollectorRules.finding(CollectorRules.UNSUPPORTED, unsupportedSeverity, at, path, message));
                }
            }).read(telemetry.value());
        }
        readPipelines(map.entry("pipelines"), service == null ? root : service.keySource());
    }

    private void readPipelines(ConfigMap.Entry entry, ConfigSource serviceSource) {
        ConfigMap map = asMap(entry == null ? null : entry.value(), "service::pipelines");
        if (map == null || map.isEmpty()) {
            pipelineError(entry == null ? serviceSource : entry.keySource(), "service::pipelines",
                    "service must have at least one pipeline");
            return;
        }
        for (ConfigMap.Entry p : map.list()) {
            PipelineId id;
            try {
                id = PipelineId.parse(p.key());
            } catch (IllegalArgumentException e) {
                sink.accept(CollectorRules.finding(CollectorRules.CONFIG, p.keySource(), "service::pipelines", e.getMessage()));
                continue;
            }
            String path = "service::pipelines::" + id;
            ConfigMap body = asMap(p.value(), path);
            if (body == null) {
                body = ConfigMap.empty(p.keySource());
            }
            invalidKeys(body, PIPELINE_KEYS, path);
            pipelines.add(new PipelineConfig(id, p.keySource(), refs(body, "receivers", path),
                    refs(body, "processors", path), refs(body, "exporters", path)));
        }
    }

    private List<ComponentRef> refs(ConfigMap body, String key, String path) {
        ConfigMap.Entry e = body.entry(key);
        return e == null ? List.of() : ids(e.value(), path + "::" + key);
    }

    private List<ComponentRef> ids(ConfigNode node, String path) {
        List<ComponentRef> refs = new ArrayList<>();
        if (node instanceof ConfigScalar s && s.isNull()) {
            return refs;
        }
        if (!(node instanceof ConfigList list)) {
            configError(node.source(), path, "'" + path + "' source data must be an array or slice, got " + node.goKind());
            return refs;
        }
        for (ConfigNode item : list.items()) {
            if (!(item instanceof ConfigScalar s) || !(s.value() instanceof String text)) {
                configError(item.source(), path, "'" + path + "' expected a component id, got '" + item.goKind() + "'");
                continue;
            }
            try {
                refs.add(new ComponentRef(ComponentId.parse(text), item.source()));
            } catch (IllegalArgumentException e) {
                configError(item.source(), path, e.getMessage());
            }
        }
        return refs;
    }

    private ConfigMap asMap(ConfigNode node, String path) {
        if (node == null || node instanceof ConfigScalar s && s.isNull()) {
            return null;
        }
        if (node instanceof ConfigMap map) {
            return map;
        }
        configError(node.source(), path, "'" + path + "' expected a map, got '" + node.goKind() + "'");
        return null;
    }

    private void invalidKeys(ConfigMap map, Set<String> allowed, String path) {
        InvalidKeys invalid = InvalidKeys.of(map, allowed);
        if (invalid.any()) {
            configError(invalid.first(), path, invalid.message(path));
        }
    }

    private void configError(ConfigSource at, String path, String message) {
        sink.accept(CollectorRules.finding(CollectorRules.CONFIG, at, path, message));
    }

    private void pipelineError(ConfigSource at, String path, String message) {
        sink.accept(CollectorRules.finding(CollectorRules.PIPELINE, at, path, message));
    }
}
