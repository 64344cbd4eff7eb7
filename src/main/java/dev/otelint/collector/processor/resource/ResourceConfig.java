package dev.otelint.collector.processor.resource;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.component.ValidatedConfig;
import dev.otelint.collector.processor.attributes.ActionConfig;
import dev.otelint.collector.processor.attributes.AttributeActions;
import java.util.List;

/** The resource processor's settings: the attributes processor's actions, under {@code attributes}. */
public final class ResourceConfig implements ValidatedConfig {
    @ConfigKey("attributes")
    public List<ActionConfig> attributes = List.of();

    @Override
    public void validate() {
        if (attributes.isEmpty()) {
            throw new IllegalArgumentException("missing required field \"attributes\""); // resourceprocessor
        }
        AttributeActions.compile(attributes);
    }
}
