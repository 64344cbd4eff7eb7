package dev.otelint.report;

import java.util.Locale;

/** The --format values. */
public enum ReportFormat {
    TEXT, JSON, JUNIT, SARIF, GITHUB;

    public ReportRenderer renderer() {
        throw new UnsupportedOperationException("renderers arrive with the report work");
    }

    public static ReportFormat parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
