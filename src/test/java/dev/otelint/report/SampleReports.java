package dev.otelint.report;

/** Small fixed reports shared by the renderer tests. */
final class SampleReports {

    static final Rule TYPE_MISMATCH = new Rule("mapping.type-mismatch", Severity.ERROR, "type mismatch");
    static final Rule DEPRECATED = new Rule("semconv.deprecated", Severity.WARNING, "deprecated");
    static final Rule ENUM_VALUE = new Rule("semconv.enum-value", Severity.INFO, "enum value");
    static final RenderOptions PLAIN = new RenderOptions("1.2.3", false);
    static final RenderOptions COLOR = new RenderOptions("1.2.3", true);

    private SampleReports() {}

    /**
     * Three findings in two files, added out of order, plus a third file without findings:
     * an error with expected/actual, a warning with a fix, an info on a record without a line.
     */
    static Report small() {
        Report report = new Report();
        report.countFile("data/sample.ndjson");
        report.countFile("traces/spans.binpb");
        report.countFile("data/clean.json");
        report.countRecords(20);
        report.accept(ENUM_VALUE.finding().file("traces/spans.binpb").record(7)
                .path("attributes.http.request.method").message("not a well-known HTTP method")
                .actual("\"FETCH\"").build());
        report.accept(TYPE_MISMATCH.finding().file("data/sample.ndjson").at(12, 40).record(12)
                .path("http.response.status_code").message("cannot be indexed into an integer field")
                .expected("integer").actual("\"2xx\"").build());
        report.accept(DEPRECATED.finding().file("data/sample.ndjson").at(3, 15).record(3)
                .path("attributes.http.url").message("deprecated since semantic conventions 1.21")
                .fix("rename to url.full").build());
        return report;
    }

    /** The same status-code problem on records 1..n of one NDJSON file (one record per line). */
    static Report repeated(int n) {
        Report report = new Report();
        report.countFile("data/sample.ndjson");
        report.countRecords(n);
        for (int i = 1; i <= n; i++) {
            report.accept(TYPE_MISMATCH.finding().file("data/sample.ndjson").at(i, 40).record(i)
                    .path("http.response.status_code").message("cannot be indexed into an integer field")
                    .expected("integer").actual("\"2xx\"").build());
        }
        return report;
    }

    /** One finding whose text carries everything the formats must escape. */
    static Report hostile() {
        Report report = new Report();
        report.countFile("dir, with: odd%chars/a&b <c>.json");
        report.countRecords(1);
        report.accept(TYPE_MISMATCH.finding().file("dir, with: odd%chars/a&b <c>.json").at(2, 3).record(1)
                .path("labels.\"quoted\"").message("50% <bad> & \"worse\"\r\nsecond line")
                .expected("integer").actual("\"a\\nb\"").build());
        return report;
    }

    static String render(ReportFormat format, Report report, RenderOptions options) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            format.renderer().render(report, options, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }
}
