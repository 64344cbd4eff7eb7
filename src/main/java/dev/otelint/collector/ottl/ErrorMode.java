package dev.otelint.collector.ottl;

import java.util.Locale;

/**
 * What a processor does when a statement or condition fails on an item (OTTL's error_mode): propagate
 * returns the error and the data is dropped; ignore logs it and goes on; silent goes on without logging.
 */
public enum ErrorMode {
    IGNORE, SILENT, PROPAGATE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
