package dev.otelint.collector.service;

import dev.otelint.collector.CollectorRules;
import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.component.Factory;
import dev.otelint.records.Signal;
import dev.otelint.report.FindingSink;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The collector's checks of the service section (otelcol Config.Validate and the pipelines' Validate), with
 * its messages: every pipeline has a receiver and an exporter, lists a processor once, and names only
 * configured components of a kind that handles its signal.
 */
final class PipelineChecks {
    private final CollectorConfig config;
    private final FindingSink sink;

    PipelineChecks(CollectorConfig config, FindingSink sink) {
        this.config = config;
        this.sink = sink;
    }

    void check() {
        for (ComponentRef ext : config.extensions()) {
            if (config.component(ComponentKind.EXTENSION, ext.id()) == null) {
                error(ext, "service::extensions", "references extension \"" + ext.id() + "\" which is not configured");
            }
        }
        for (PipelineConfig p : config.pipelines()) {
            if (p.receivers().isEmpty()) {
                sink.accept(CollectorRules.finding(CollectorRules.PIPELINE, p.source(), p.path(), "must have at least one receiver"));
            }
            if (p.exporters().isEmpty()) {
                sink.accept(CollectorRules.finding(CollectorRules.PIPELINE, p.source(), p.path(), "must have at least one exporter"));
            }
            Set<ComponentId> seen = new HashSet<>();
            for (ComponentRef ref : p.processors()) {
                if (!seen.add(ref.id())) {
                    error(ref, p.path(), "references processor \"" + ref.id() + "\" multiple times");
                }
            }
            references(p, p.receivers(), ComponentKind.RECEIVER);
            references(p, p.processors(), ComponentKind.PROCESSOR);
            references(p, p.exporters(), ComponentKind.EXPORTER);
        }
    }

    private void references(PipelineConfig p, List<ComponentRef> refs, ComponentKind kind) {
        for (ComponentRef ref : refs) {
            ComponentConfig component = config.component(kind, ref.id());
            if (component == null) {
                boolean connector = kind != ComponentKind.PROCESSOR
                        && config.component(ComponentKind.CONNECTOR, ref.id()) != null;
                if (!connector) { // a connector is reported where it is configured
                    error(ref, p.path(), "references " + kind.label() + " \"" + ref.id() + "\" which is not configured");
                }
            } else if (component.runnable() && !signals(component).contains(p.id().signal())) {
                error(ref, p.path(), "failed to create \"" + ref.id() + "\" " + kind.label() + " for data type \""
                        + p.id().signal().label() + "\": telemetry type is not supported");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<Signal> signals(ComponentConfig component) {
        return ((Factory<Object>) component.factory()).signals(component.config());
    }

    private void error(ComponentRef ref, String path, String message) {
        sink.accept(CollectorRules.finding(CollectorRules.PIPELINE, ref.source(), path, message));
    }
}
