package dev.otelint.report;

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
}
