package dev.otelint.validate;

import dev.otelint.records.Record;
import dev.otelint.report.FindingSink;
import dev.otelint.validate.mapping.IndexMapping;

/**
 * Reports, for each record, what OpenSearch would do when indexing it into an index created from
 * the loaded templates: an error for every reason it would reject the document, a warning where
 * it would silently change or drop data. Each record is judged on its own, against the mapping as
 * loaded (fields added dynamically by earlier records are not remembered). Thread-safe.
 */
public final class MappingValidator implements RecordValidator {

    private final IndexMapping mapping;

    public MappingValidator(IndexMapping mapping) {
        this.mapping = mapping;
    }

    public IndexMapping mapping() {
        return mapping;
    }

    @Override
    public void validate(Record record, FindingSink sink) {
        if (record.document() == null || !record.document().isObject()) {
            return; // the reader reports documents that are not objects
        }
        new DocumentWalk(mapping, new Reporter(record, sink)).walk(record.document());
    }
}
