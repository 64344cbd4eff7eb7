package dev.otelint.collector.component;

import dev.otelint.collector.ComponentKind;

/** Extensions run beside the pipelines (health checks, auth, storage); started first, stopped last. */
public interface ExtensionFactory<C> extends Factory<C> {
    @Override
    default ComponentKind kind() {
        return ComponentKind.EXTENSION;
    }

    Component createExtension(ComponentSettings settings, C config);
}
