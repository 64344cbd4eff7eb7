package dev.otelint.collector.component;

import dev.otelint.collector.ComponentId;
import java.util.Map;

/** What a running component can reach: the started extensions (auth, storage...) and the collector's log. */
public interface Host {
    Map<ComponentId, Component> extensions();

    CollectorLog log();

    /** A component that fails after start (a listener dies) asks the collector to shut down. */
    void reportFatalError(ComponentId id, Throwable error);
}
