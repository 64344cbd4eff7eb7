package dev.otelint.validate;

import dev.otelint.report.Rule;
import dev.otelint.report.Severity;
import java.util.List;

/** Rules that check attribute keys and values against the OTEL semantic conventions. */
public final class SemconvRules {
    public static final Rule DEPRECATED = new Rule("semconv.deprecated", Severity.WARNING,
            "An attribute is deprecated in the semantic conventions; use its replacement.");

    public static final List<Rule> ALL = List.of(DEPRECATED);

    private SemconvRules() {}
}
