package dev.otelint.collector.component;

/** A config with rules across its fields, checked after binding (the collector's Config.Validate). */
public interface ValidatedConfig {
    /**
     * Throws {@link IllegalArgumentException} with the collector's message when the config is invalid, or a
     * {@link dev.otelint.collector.config.ConfigException} (further ones suppressed in it) that says where.
     */
    void validate();
}
