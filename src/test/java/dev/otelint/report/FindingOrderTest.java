package dev.otelint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FindingOrderTest {

    @Test
    void sortsByFileLineColumnRecordRuleAndKeepsInsertionOrderForTies() {
        Report report = new Report();
        report.accept(finding("b.json", 1, 1, 0, "a.rule", "b first"));
        report.accept(finding("a.json", 9, 1, 0, "a.rule", "line 9"));
        report.accept(finding("a.json", 2, 7, 0, "z.rule", "col 7 z"));
        report.accept(finding("a.json", 2, 7, 0, "a.rule", "col 7 a, inserted first"));
        report.accept(finding("a.json", 2, 7, 0, "a.rule", "col 7 a, inserted second"));
        report.accept(finding("a.json", 2, 3, 0, "z.rule", "col 3"));
        report.accept(finding("t.binpb", 0, 0, 8, "a.rule", "record 8"));
        report.accept(finding("t.binpb", 0, 0, 2, "z.rule", "record 2"));
        report.accept(finding(null, 0, 0, 0, "a.rule", "no file"));
        report.accept(finding("a.json", 0, 0, 0, "a.rule", "whole file"));

        List<String> messages = FindingOrder.sorted(report).stream().map(Finding::message).toList();

        assertThat(messages).containsExactly("whole file", "col 3", "col 7 a, inserted first",
                "col 7 a, inserted second", "col 7 z", "line 9", "b first", "record 2", "record 8", "no file");
    }

    private static Finding finding(String file, int line, int column, long record, String rule, String message) {
        return new Finding(rule, Severity.ERROR, file, line, column, record, null, message, null, null, null);
    }
}
