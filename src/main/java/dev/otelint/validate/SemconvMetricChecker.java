package dev.otelint.validate;

import dev.otelint.catalog.SemconvInstrument;
import dev.otelint.catalog.SemconvMetric;
import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.records.JsonValue;
import java.util.Set;

/**
 * Checks a metric document (one data point, as the OpenSearch exporter writes it: name, unit, kind,
 * monotonic) against the registry's metric of that name.
 */
final class SemconvMetricChecker {

    // opensearchexporter metric kinds (GAUGE, SUM, HISTOGRAM, EXPONENTIAL_HISTOGRAM, SUMMARY), plus the
    // catalog schema's COUNTER.
    static final Set<String> KINDS = Set.of("GAUGE", "SUM", "HISTOGRAM", "EXPONENTIAL_HISTOGRAM", "SUMMARY", "COUNTER");

    private final SemconvRegistry registry;

    SemconvMetricChecker(SemconvRegistry registry) {
        this.registry = registry;
    }

    void check(SemconvSignalFields fields, SemconvFindings out) {
        JsonValue name = fields.name;
        if (name == null || !name.isString()) {
            return;
        }
        SemconvMetric metric = registry.metric(name.text());
        if (metric == null) {
            checkUnknown(name, out);
            return;
        }
        if (metric.isDeprecated()) {
            out.report(out.deprecated("metric " + metric.name(), metric.deprecation(), metric.name()), name, "name");
        }
        checkUnit(metric, fields, name, out);
        checkInstrument(metric, fields, out);
    }

    private void checkUnknown(JsonValue name, SemconvFindings out) {
        int dot = name.text().lastIndexOf('.');
        if (dot > 0 && registry.ownsMetricNamespace(name.text().substring(0, dot))) {
            out.report(SemconvRules.UNKNOWN_METRIC.finding()
                    .message("metric " + name.text() + " is not a metric of " + out.semconv() + ", though the namespace "
                            + name.text().substring(0, dot) + " is")
                    .actual(name.text())
                    .fix("check the spelling, or keep custom metrics out of the semantic-conventions namespaces"),
                    name, "name");
        }
    }

    private static void checkUnit(SemconvMetric metric, SemconvSignalFields fields, JsonValue name, SemconvFindings out) {
        JsonValue unit = fields.unit;
        String actual = unit == null || unit.isNull() ? "" : unit.isScalar() ? unit.text() : unit.toJson();
        if (!actual.equals(metric.unit())) {
            out.report(SemconvRules.METRIC_UNIT.finding()
                    .message("metric " + metric.name() + " has unit " + quoted(metric.unit()) + " in " + out.semconv()
                            + ", got " + (unit == null ? "none" : quoted(actual)))
                    .expected(metric.unit())
                    .actual(unit == null ? null : actual)
                    .fix("record it in " + quoted(metric.unit())), unit == null ? name : unit, "unit");
        }
    }

    private static void checkInstrument(SemconvMetric metric, SemconvSignalFields fields, SemconvFindings out) {
        JsonValue kind = fields.kind;
        JsonValue monotonic = fields.monotonic;
        if (kind == null || !kind.isString() || accepts(metric.instrument(), kind.text(), monotonic)) {
            return;
        }
        boolean sum = kind.text().equals("SUM");
        String actual = kind.text() + (monotonic != null && sum ? " (monotonic " + monotonic.text() + ")" : "");
        out.report(SemconvRules.METRIC_INSTRUMENT.finding()
                .message("metric " + metric.name() + " is a " + metric.instrument().modelName() + " in " + out.semconv()
                        + ", got a " + actual + " data point")
                .expected(expectedKinds(metric.instrument()))
                .actual(actual)
                .fix("record it with a " + metric.instrument().modelName() + " instrument"), kind, "kind");
    }

    /** OTLP data point kinds each instrument produces (OTLP metrics data model). */
    static boolean accepts(SemconvInstrument instrument, String kind, JsonValue monotonic) {
        String flag = monotonic == null ? null : monotonic.text();
        return switch (instrument) {
            case COUNTER -> kind.equals("COUNTER") || (kind.equals("SUM") && !"false".equals(flag));
            case UPDOWNCOUNTER -> kind.equals("SUM") && !"true".equals(flag);
            case GAUGE -> kind.equals("GAUGE");
            case HISTOGRAM -> kind.equals("HISTOGRAM") || kind.equals("EXPONENTIAL_HISTOGRAM");
        };
    }

    static String expectedKinds(SemconvInstrument instrument) {
        return switch (instrument) {
            case COUNTER -> "SUM (monotonic) or COUNTER";
            case UPDOWNCOUNTER -> "SUM (not monotonic)";
            case GAUGE -> "GAUGE";
            case HISTOGRAM -> "HISTOGRAM or EXPONENTIAL_HISTOGRAM";
        };
    }

    private static String quoted(String unit) {
        return "\"" + unit + "\"";
    }
}
