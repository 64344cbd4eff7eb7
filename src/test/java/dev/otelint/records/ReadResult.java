package dev.otelint.records;

import dev.otelint.report.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Everything one file yields: its records and the findings reading it produced. */
record ReadResult(List<Record> records, List<Finding> findings) {

    static ReadResult read(Path file) throws IOException {
        return read(file, ReadOptions.defaults());
    }

    static ReadResult read(Path file, ReadOptions options) throws IOException {
        List<Finding> findings = new ArrayList<>();
        List<Record> records = new ArrayList<>();
        try (RecordReader reader = RecordReaders.open(file, options, findings::add)) {
            Record r;
            while ((r = reader.next()) != null) {
                records.add(r);
            }
        }
        return new ReadResult(records, findings);
    }

    Record only() {
        if (records.size() != 1) {
            throw new AssertionError("expected one record, got " + records.size() + "; findings: " + findings);
        }
        return records.get(0);
    }

    List<Long> indexes() {
        return records.stream().map(Record::index).toList();
    }
}
