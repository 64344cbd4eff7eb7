package dev.otelint.collector.service.telemetry;

import java.util.Locale;

/** service::telemetry::metrics::level, as configtelemetry: none turns the collector's metrics off. */
public enum MetricsLevel {
    NONE, BASIC, NORMAL, DETAILED;

    /** Case-insensitive, as the collector; throws with the collector's message otherwise. */
    public static MetricsLevel parse(String text) {
        for (MetricsLevel l : values()) {
            if (l.name().equalsIgnoreCase(text)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown metrics level \"" + text.toLowerCase(Locale.ROOT) + "\"");
    }

    /** "Normal", as the collector's "metrics level" log field. */
    public String display() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
