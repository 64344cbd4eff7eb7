package dev.otelint.report;

import java.util.Locale;

/** The --format values. */
public enum ReportFormat {
    TEXT, JSON, JUNIT, SARIF, GITHUB;

    public ReportRenderer renderer() {
        return switch (this) {
            case TEXT -> new TextRenderer();
            case JSON -> new JsonRenderer();
            case JUNIT -> new JunitRenderer();
            case SARIF -> new SarifRenderer();
            case GITHUB -> new GithubRenderer();
        };
    }

    public static ReportFormat parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
