package dev.otelint.collector.component;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;

/**
 * An extension that gives components durable key-value storage (the collector's storage.Extension):
 * filelog keeps its file offsets there, a persistent sending queue its batches. A component finds it in
 * {@link Host#extensions()} by the id its {@code storage} setting names.
 */
public interface StorageExtension extends Component {
    /** The storage of one component; {@code name} tells apart several stores of one component ("" for one). */
    StorageClient client(ComponentKind kind, ComponentId component, String name);
}
