package dev.otelint.report;

import static dev.otelint.report.SampleReports.PLAIN;
import static dev.otelint.report.SampleReports.render;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRendererTest {

    @Test
    void listsFindingsPerFileInOrderWithDetailsAndSummary() {
        assertThat(render(ReportFormat.TEXT, SampleReports.small(), PLAIN)).isEqualTo("""
                data/sample.ndjson (1 error, 1 warning)
                data/sample.ndjson:3:15: warning [semconv.deprecated] attributes.http.url: deprecated since semantic conventions 1.21 (fix: rename to url.full)
                data/sample.ndjson:12:40: error [mapping.type-mismatch] http.response.status_code: cannot be indexed into an integer field
                    expected: integer
                    actual:   "2xx"

                traces/spans.binpb (1 info)
                traces/spans.binpb: record 7: info [semconv.enum-value] attributes.http.request.method: not a well-known HTTP method
                    actual:   "FETCH"

                3 files, 20 records: 1 error, 1 warning, 1 info
                """);
    }

    @Test
    void groupsIdenticalFindingsShowingFiveLocations() {
        assertThat(render(ReportFormat.TEXT, SampleReports.repeated(990), PLAIN)).isEqualTo("""
                data/sample.ndjson (990 errors)
                data/sample.ndjson:1:40: error [mapping.type-mismatch] http.response.status_code: cannot be indexed into an integer field
                    expected: integer
                    actual:   "2xx"
                    in 990 records: 1:40, 2:40, 3:40, 4:40, 5:40 and 985 more records

                1 file, 990 records: 990 errors, 0 warnings, 0 infos
                """);
    }

    @Test
    void theSameProblemWithOtherValuesIsOneGroupThatCountsTheValues() {
        Report report = SampleReports.repeated(2);
        report.accept(SampleReports.TYPE_MISMATCH.finding().file("data/sample.ndjson").at(3, 40).record(3)
                .path("http.response.status_code").message("cannot be indexed into an integer field")
                .expected("integer").actual("\"3xx\"").build());

        assertThat(render(ReportFormat.TEXT, report, PLAIN))
                .contains("    in 3 records: 1:40, 2:40, 3:40\n")
                .contains("    actual:   \"2xx\" (and 1 other value)\n")
                .doesNotContain("data/sample.ndjson:3:40: error");
    }

    @Test
    void anotherPathOrExpectedTypeIsAnotherGroup() {
        Report report = SampleReports.repeated(2);
        report.accept(SampleReports.TYPE_MISMATCH.finding().file("data/sample.ndjson").at(3, 40).record(3)
                .path("http.response.bytes").message("cannot be indexed into an integer field")
                .expected("integer").actual("\"2xx\"").build());
        report.accept(SampleReports.TYPE_MISMATCH.finding().file("data/sample.ndjson").at(4, 40).record(4)
                .path("http.response.status_code").message("cannot be indexed into a long field")
                .expected("long").actual("\"2xx\"").build());

        assertThat(render(ReportFormat.TEXT, report, PLAIN))
                .contains("    in 2 records: 1:40, 2:40\n")
                .contains("data/sample.ndjson:3:40: error [mapping.type-mismatch] http.response.bytes")
                .contains("data/sample.ndjson:4:40: error [mapping.type-mismatch] http.response.status_code");
    }

    @Test
    void omitsUnknownPartsOfTheHeadline() {
        Report report = new Report();
        report.accept(SampleReports.DEPRECATED.finding().file("a.json").message("whole file").build());
        report.accept(SampleReports.DEPRECATED.finding().file("a.json").at(4, 0).message("line only").build());
        report.accept(SampleReports.DEPRECATED.finding().message("no file").build());

        assertThat(render(ReportFormat.TEXT, report, PLAIN)).isEqualTo("""
                a.json (2 warnings)
                a.json: warning [semconv.deprecated] whole file
                a.json:4: warning [semconv.deprecated] line only

                (no file) (1 warning)
                warning [semconv.deprecated] no file

                0 files, 0 records: 0 errors, 3 warnings, 0 infos
                """);
    }

    @Test
    void aRunThatCountsObjectsSaysObjectsNotRecordsEvenWhenThereAreNone() {
        Report report = new Report();
        report.countFile("assets/create_table.sql");
        report.countObjects(0);

        assertThat(render(ReportFormat.TEXT, report, PLAIN)).endsWith("1 file, 0 objects: 0 errors, 0 warnings, 0 infos\n");
        report.countObjects(3);
        assertThat(render(ReportFormat.TEXT, report, PLAIN)).endsWith("1 file, 3 objects: 0 errors, 0 warnings, 0 infos\n");
    }

    @Test
    void summarySaysHowManyFindingsMaxFindingsLeftOut() {
        Report report = new Report(1);
        report.accept(SampleReports.DEPRECATED.finding().file("a.json").at(1, 1).message("kept").build());
        report.accept(SampleReports.DEPRECATED.finding().file("a.json").at(2, 1).message("dropped").build());
        report.accept(SampleReports.DEPRECATED.finding().file("a.json").at(3, 1).message("dropped").build());

        assertThat(render(ReportFormat.TEXT, report, PLAIN))
                .doesNotContain("dropped")
                .endsWith("0 files, 0 records: 0 errors, 3 warnings, 0 infos; 2 more findings not listed (--max-findings)\n");
    }

    @Test
    void cleanRunIsOnlyTheSummary() {
        Report report = new Report();
        report.countFile("a.json");
        report.countRecords(1);

        assertThat(render(ReportFormat.TEXT, report, PLAIN)).isEqualTo("1 file, 1 record: 0 errors, 0 warnings, 0 infos\n");
    }

    @Test
    void coloursSeveritiesOnlyWhenAsked() {
        String colored = render(ReportFormat.TEXT, SampleReports.small(), SampleReports.COLOR);
        String plain = render(ReportFormat.TEXT, SampleReports.small(), PLAIN);

        assertThat(colored)
                .contains(":12:40: \u001b[1;31merror\u001b[0m [mapping.type-mismatch]")
                .contains(":3:15: \u001b[33mwarning\u001b[0m [semconv.deprecated]")
                .contains(": record 7: \u001b[36minfo\u001b[0m [semconv.enum-value]");
        assertThat(plain).doesNotContain("\u001b");
        assertThat(colored.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
    }

    @Test
    void showsControlCharactersFromTheInputAsEscapes() {
        Report report = new Report();
        report.accept(SampleReports.DEPRECATED.finding().file("a.json").at(1, 1)
                .path("key\nwith\u001b[31m escapes").message("m").build());

        assertThat(render(ReportFormat.TEXT, report, PLAIN))
                .contains("[semconv.deprecated] key\\nwith\\u001b[31m escapes: m\n")
                .doesNotContain("\u001b");
    }
}
