package dev.otelint.report;

import static dev.otelint.report.SampleReports.PLAIN;
import static dev.otelint.report.SampleReports.render;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GithubRendererTest {

    @Test
    void writesAWorkflowCommandPerFindingThenTheSummary() {
        assertThat(render(ReportFormat.GITHUB, SampleReports.small(), PLAIN)).isEqualTo("""
                ::warning file=data/sample.ndjson,line=3,col=15,title=semconv.deprecated::attributes.http.url: \
                deprecated since semantic conventions 1.21%0Afix: rename to url.full
                ::error file=data/sample.ndjson,line=12,col=40,title=mapping.type-mismatch::http.response.status_code: \
                cannot be indexed into an integer field%0Aexpected: integer, actual: "2xx"
                ::notice file=traces/spans.binpb,title=semconv.enum-value::attributes.http.request.method: \
                not a well-known HTTP method%0Aactual: "FETCH"
                3 files, 20 records: 1 error, 1 warning, 1 info
                """);
    }

    @Test
    void escapesPropertiesAndDataTheWayTheRunnerUnescapesThem() {
        String out = render(ReportFormat.GITHUB, SampleReports.hostile(), PLAIN);

        assertThat(out).startsWith("::error file=dir%2C with%3A odd%25chars/a&b <c>.json,line=2,col=3,"
                + "title=mapping.type-mismatch::labels.\"quoted\": 50%25 <bad> & \"worse\"%0D%0Asecond line"
                + "%0Aexpected: integer, actual: \"a\\nb\"\n");
        assertThat(out.lines()).hasSize(2);
    }

    @Test
    void escapingFollowsTheActionsToolkitRules() {
        assertThat(GithubRenderer.escapeData("a%b\r\nc:d,e")).isEqualTo("a%25b%0D%0Ac:d,e");
        assertThat(GithubRenderer.escapeProperty("a%b\r\nc:d,e")).isEqualTo("a%25b%0D%0Ac%3Ad%2Ce");
    }

    @Test
    void leavesOutPropertiesThatAreUnknown() {
        Report report = new Report();
        report.accept(SampleReports.DEPRECATED.finding().message("no file").build());
        report.accept(SampleReports.DEPRECATED.finding().file("a.json").at(4, 0).message("no column").build());

        assertThat(render(ReportFormat.GITHUB, report, PLAIN)).startsWith("""
                ::warning file=a.json,line=4,title=semconv.deprecated::no column
                ::warning title=semconv.deprecated::no file
                """);
    }

    @Test
    void summaryMentionsFindingsLeftOutByMaxFindings() {
        Report report = new Report(0);
        report.accept(SampleReports.DEPRECATED.finding().message("m").build());

        assertThat(render(ReportFormat.GITHUB, report, PLAIN))
                .isEqualTo("0 files, 0 records: 0 errors, 1 warning, 0 infos; 1 more finding not listed (--max-findings)\n");
    }
}
