package dev.otelint.validate;

import dev.otelint.report.Rule;
import dev.otelint.report.Severity;
import java.util.List;

/** Rules that check attribute keys and values against the OTEL semantic conventions. */
public final class SemconvRules {
    public static final Rule DEPRECATED = new Rule("semconv.deprecated", Severity.WARNING,
            "An attribute, enum value or metric is deprecated in the semantic conventions; use its replacement.");
    public static final Rule UNKNOWN_ATTRIBUTE = new Rule("semconv.unknown-attribute", Severity.WARNING,
            "A key inside a namespace the semantic conventions own is not one of their attributes.");
    public static final Rule TYPE_MISMATCH = new Rule("semconv.type-mismatch", Severity.WARNING,
            "An attribute value does not have the type the semantic conventions give it.");
    public static final Rule ENUM_VALUE = new Rule("semconv.enum-value", Severity.INFO,
            "An attribute value is not one of its enum members (a warning when the enum is closed).");
    public static final Rule UNKNOWN_METRIC = new Rule("semconv.unknown-metric", Severity.INFO,
            "A metric name inside a namespace the semantic conventions own is not one of their metrics.");
    public static final Rule METRIC_UNIT = new Rule("semconv.metric-unit", Severity.WARNING,
            "A semantic-conventions metric has another unit than the conventions give it.");
    public static final Rule METRIC_INSTRUMENT = new Rule("semconv.metric-instrument", Severity.WARNING,
            "A semantic-conventions metric is recorded with another instrument than the conventions give it.");
    public static final Rule SPAN_KIND = new Rule("semconv.span-kind", Severity.ERROR,
            "A span's kind is not one of the OTLP span kinds.");
    public static final Rule SPAN_STATUS = new Rule("semconv.span-status", Severity.ERROR,
            "A span's status code is not one of the OTLP status codes.");

    public static final List<Rule> ALL = List.of(DEPRECATED, UNKNOWN_ATTRIBUTE, TYPE_MISMATCH, ENUM_VALUE,
            UNKNOWN_METRIC, METRIC_UNIT, METRIC_INSTRUMENT, SPAN_KIND, SPAN_STATUS);

    private SemconvRules() {}
}
