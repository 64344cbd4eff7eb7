package dev.otelint.collector.config;

/** A config the collector would reject: its message in the collector's words, and where the problem is. */
public class ConfigException extends RuntimeException {
    private final transient ConfigSource source;

    public ConfigException(String message, ConfigSource source) {
        super(message);
        this.source = source;
    }

    public ConfigSource source() {
        return source;
    }
}
