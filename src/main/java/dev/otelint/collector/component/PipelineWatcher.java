package dev.otelint.collector.component;

/**
 * An extension told when the pipelines are running (the collector's extension.PipelineWatcher): ready once
 * everything has started, not ready when shutdown begins. The health_check extension answers from this.
 */
public interface PipelineWatcher {
    void ready();

    void notReady();
}
