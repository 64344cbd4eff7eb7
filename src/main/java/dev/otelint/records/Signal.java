package dev.otelint.records;

import java.util.Locale;

/** The OTEL signal a record belongs to. */
public enum Signal {
    LOGS, TRACES, METRICS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
