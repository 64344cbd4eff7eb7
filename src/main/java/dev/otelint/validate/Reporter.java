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

    Reporter(Record record, FindingSink sink) {
        this.record = record;
        this.sink = sink;
    }

    /** A finding at a value (or at the record when {@code at} is null), showing the value as JSON. */
    void report(Rule rule, JsonValue at, String path, String message, String expected) {
        int line = at == null ? record.line() : at.line();
        int column = at == null ? record.column() : at.column();
        add(rule, line, column, path, message, expected, at == null ? null : preview(at));
    }

    /** A finding about a key, positioned at the key and showing it. */
    void reportKey(Rule rule, JsonValue.Member key, String path, String message, String expected) {
        String quoted = JsonValue.string(key.name(), key.line(), key.column()).toJson();
        add(rule, key.line(), key.column(), path, message, expected, truncate(quoted));
    }

    private void add(Rule rule, int line, int column, String path, String message, String expected, String actual) {
        sink.accept(rule.finding()
                .file(record.file())
                .at(line, column)
                .record(record.index())
                .path(path)
                .message(message)
                .expected(expected)
                .actual(actual)
                .build());
    }

    static String truncate(String json) {
        return json.length() <= MAX_ACTUAL ? json : json.substring(0, MAX_ACTUAL - 3) + "...";
    }

    /** The value as JSON, cut to {@link #MAX_ACTUAL} characters without serialising all of a large value. */
    static String preview(JsonValue value) {
        return truncate(value.toJsonPrefix(MAX_ACTUAL));
    }
}
