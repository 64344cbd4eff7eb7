package dev.otelint.collector.component;

/**
 * The lifecycle every component shares. start is called once before data flows (extensions first, then
 * exporters, processors, receivers); shutdown once after, in the reverse order, and must finish what it
 * holds: a receiver stops taking data, a processor passes on what it buffered, an exporter writes out its queue.
 */
public interface Component {
    default void start(Host host) {}

    default void shutdown() {}
}
