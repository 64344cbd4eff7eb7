package dev.otelint.records;

import java.util.Locale;
import java.util.Set;

/**
 * Guesses the signal of a Simple Schema document from its top-level fields. Names count both as
 * nested objects ("severity": {...}) and as dotted keys ("severity.text").
 */
final class SignalGuess {
    private static final Set<String> METRIC_FIELDS = Set.of("value@int", "value@double", "aggregationTemporality",
            "monotonic", "buckets", "bucketCountsList", "explicitBoundsList", "quantiles", "positiveBuckets",
            "negativeBuckets", "zeroCount");
    private static final Set<String> METRIC_KINDS = Set.of("GAUGE", "SUM", "HISTOGRAM", "EXPONENTIAL_HISTOGRAM",
            "SUMMARY");

    private SignalGuess() {}

    /** The signal the document looks like, or null when it could be anything. */
    static Signal of(JsonValue document) {
        boolean ids = false;
        boolean spanShape = false;
        boolean metric = false;
        boolean log = false;
        for (JsonValue.Member m : document.members()) {
            String field = topLevelName(m.name());
            switch (field) {
                case "spanId", "traceId" -> ids = true;
                case "startTime" -> spanShape = true;
                case "kind" -> {
                    if (isMetricKind(m.value())) {
                        metric = true;
                    } else {
                        spanShape = true;
                    }
                }
                case "body", "severity", "observedTimestamp" -> log = true;
                default -> metric |= METRIC_FIELDS.contains(field);
            }
        }
        if (ids && spanShape) {
            return Signal.TRACES;
        }
        if (metric) {
            return Signal.METRICS;
        }
        return log ? Signal.LOGS : fromDataStreamType(document);
    }

    /**
     * Simple Schema documents name their data stream in attributes.data_stream.type: "logs" and
     * "cloud_trail_logs" in the catalog's samples, "record", "span" and "metric" from the exporter.
     */
    private static Signal fromDataStreamType(JsonValue document) {
        JsonValue type = path(document, "attributes", "data_stream", "type");
        if (type == null || !type.isString()) {
            return null;
        }
        String name = type.text().toLowerCase(Locale.ROOT);
        if (name.contains("log") || name.equals("record")) {
            return Signal.LOGS;
        }
        if (name.contains("metric")) {
            return Signal.METRICS;
        }
        return name.contains("span") || name.contains("trace") ? Signal.TRACES : null;
    }

    /** The value at a field path, whether written as nested objects or as dotted keys at any level. */
    private static JsonValue path(JsonValue object, String... names) {
        JsonValue current = object;
        int i = 0;
        while (current != null && current.isObject() && i < names.length) {
            JsonValue next = null;
            StringBuilder key = new StringBuilder();
            for (int j = i; j < names.length && next == null; j++) {
                key.append(j > i ? "." : "").append(names[j]);
                next = current.get(key.toString());
                if (next != null) {
                    i = j + 1;
                }
            }
            current = next;
        }
        return i == names.length ? current : null;
    }

    private static String topLevelName(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static boolean isMetricKind(JsonValue value) {
        return value.isString() && METRIC_KINDS.contains(value.text().toUpperCase(Locale.ROOT));
    }
}
