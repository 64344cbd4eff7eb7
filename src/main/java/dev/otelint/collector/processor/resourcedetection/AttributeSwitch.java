package dev.otelint.collector.processor.resourcedetection;

import dev.otelint.collector.component.ConfigKey;

/** One resource attribute's {@code enabled} setting (mdatagen's ResourceAttributeConfig). */
public final class AttributeSwitch {
    @ConfigKey("enabled")
    public boolean enabled;

    public AttributeSwitch() {}

    AttributeSwitch(boolean enabled) {
        this.enabled = enabled;
    }
}
