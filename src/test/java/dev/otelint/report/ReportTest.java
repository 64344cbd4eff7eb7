package dev.otelint.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void namedFilesAreCountedOnceAndRememberedInOrder() {
        Report report = new Report();
        report.countFile("b.json");
        report.countFile("a.json");
        report.countFile("b.json");
        report.countFile();

        assertThat(report.files()).isEqualTo(3);
        assertThat(report.checkedFiles()).containsExactly("b.json", "a.json");
    }
}
