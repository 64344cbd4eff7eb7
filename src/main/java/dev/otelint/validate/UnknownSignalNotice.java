package dev.otelint.validate;

import dev.otelint.records.Record;
import dev.otelint.report.FindingSink;

/** Says once per file that records of unknown signal were not checked against a mapping. */
final class UnknownSignalNotice {
    private long unchecked;
    private Record first;

    void note(Record record) {
        if (unchecked++ == 0) {
            first = record;
        }
    }

    void flush(FindingSink sink) {
        if (unchecked == 0) {
            return;
        }
        sink.accept(ValidationRules.UNKNOWN_SIGNAL.finding()
                .file(first.file()).at(first.line(), first.column()).record(first.index())
                .message(unchecked + " record(s) were not checked against a mapping: their signal (logs, traces, "
                        + "metrics) cannot be told from their fields")
                .fix("pass --signal, --schema or --integration")
                .build());
    }
}
