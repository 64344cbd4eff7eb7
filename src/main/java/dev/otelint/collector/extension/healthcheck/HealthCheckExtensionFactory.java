package dev.otelint.collector.extension.healthcheck;

import dev.otelint.collector.component.Component;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.ExtensionFactory;

/** The "health_check" extension. */
public final class HealthCheckExtensionFactory implements ExtensionFactory<HealthCheckConfig> {

    @Override
    public String type() {
        return "health_check";
    }

    @Override
    public HealthCheckConfig createDefaultConfig() {
        return new HealthCheckConfig();
    }

    @Override
    public Component createExtension(ComponentSettings settings, HealthCheckConfig config) {
        return new HealthCheckExtension(config, settings);
    }
}
