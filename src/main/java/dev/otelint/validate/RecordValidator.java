package dev.otelint.validate;

import dev.otelint.records.Record;
import dev.otelint.report.FindingSink;

/** A check applied to every record. */
public interface RecordValidator {
    void validate(Record record, FindingSink sink);
}
