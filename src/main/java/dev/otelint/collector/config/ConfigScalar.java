package dev.otelint.collector.config;

/**
 * A YAML scalar: its decoded value (String, Long, Double, Boolean or null, as the collector's YAML decoder
 * resolves it) and its text. {@code expanded} marks a value that came whole from ${env:VAR}: a
 * string-typed setting then takes its text, so that "0123" or "true" stays what the variable held, while a
 * number written in the file is not a string (confmap's strictly typed input).
 */
public record ConfigScalar(Object value, String text, ConfigSource source, boolean expanded) implements ConfigNode {

    public ConfigScalar(Object value, String text, ConfigSource source) {
        this(value, text, source, false);
    }

    public static ConfigScalar ofString(String text, ConfigSource source) {
        return new ConfigScalar(text, text, source);
    }

    public boolean isNull() {
        return value == null;
    }

    @Override
    public String goKind() {
        if (value == null) {
            return "nil";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Long) {
            return "int";
        }
        return value instanceof Double ? "float64" : "string";
    }
}
