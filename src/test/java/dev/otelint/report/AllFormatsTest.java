package dev.otelint.report;

import static dev.otelint.report.SampleReports.PLAIN;
import static dev.otelint.report.SampleReports.render;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AllFormatsTest {

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void everyFormatRendersEveryFindingInTheSameOrder(ReportFormat format) {
        String out = render(format, SampleReports.small(), PLAIN);

        assertThat(out).containsSubsequence(
                "semconv.deprecated", "attributes.http.url", "deprecated since semantic conventions 1.21",
                "mapping.type-mismatch", "http.response.status_code", "cannot be indexed into an integer field",
                "semconv.enum-value", "attributes.http.request.method", "not a well-known HTTP method");
        assertThat(out).contains("data/sample.ndjson", "traces/spans.binpb", "rename to url.full");
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void everyFormatIsDeterministic(ReportFormat format) {
        assertThat(render(format, SampleReports.small(), PLAIN)).isEqualTo(render(format, SampleReports.small(), PLAIN));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void onlyTextUsesColour(ReportFormat format) {
        String colored = render(format, SampleReports.small(), SampleReports.COLOR);

        assertThat(colored.contains("\u001b[")).isEqualTo(format == ReportFormat.TEXT);
    }
}
