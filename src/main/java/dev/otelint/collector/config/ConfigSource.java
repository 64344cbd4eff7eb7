package dev.otelint.collector.config;

/** Where a config key or value was written: a file (or "--set") and its 1-based line and column (0: unknown). */
public record ConfigSource(String file, int line, int column) {

    public static ConfigSource of(String file) {
        return new ConfigSource(file, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }
}
