package dev.otelint.validate;

import dev.otelint.records.JsonValue;
import dev.otelint.records.Record;
import dev.otelint.report.FindingSink;
import dev.otelint.report.Rule;

/** Turns problems found in one record into findings positioned at the offending value. */
final class Reporter {

    private static final int MAX_ACTUAL = 80;

    private final Record record;
    private final FindingSink sink;
    private int errors;

    Reporter(Record record, FindingSink sink) {
        this.record = record;
        this.sink = sink;
    }

    void report(Rule rule, JsonValue at, String path, String message, String expected) {
        int line = at == null ? record.line() : at.line();
        int column = at == null ? record.column() : at.column();
        if (rule.severity() == dev.otelint.report.Severity.ERROR) {
            errors++;
        }
        sink.accept(rule.finding()
                .file(record.file())
                .at(line, column)
                .record(record.index())
                .path(path)
                .message(message)
                .expected(expected)
                .actual(at == null ? null : truncate(at.toJson()))
                .build());
    }

    /** Errors reported so far for this record. */
    int errors() {
        return errors;
    }

    static String truncate(String json) {
        return json.length() <= MAX_ACTUAL ? json : json.substring(0, MAX_ACTUAL - 3) + "...";
    }
}
