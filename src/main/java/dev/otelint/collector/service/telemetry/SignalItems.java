package dev.otelint.collector.service.telemetry;

import dev.otelint.records.Signal;

/** The collector's metric-name word for a signal's items: spans, metric_points, log_records. */
final class SignalItems {
    private SignalItems() {}

    static String of(Signal signal) {
        return switch (signal) {
            case TRACES -> "spans";
            case METRICS -> "metric_points";
            case LOGS -> "log_records";
        };
    }

    /** "spans", "metric points", "log records", for help texts. */
    static String words(Signal signal) {
        return of(signal).replace('_', ' ');
    }
}
