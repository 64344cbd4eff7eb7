package dev.otelint.validate;

import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.records.ReadOptions;
import dev.otelint.records.Record;
import dev.otelint.records.RecordReader;
import dev.otelint.records.RecordReaders;
import dev.otelint.report.BadInputException;
import dev.otelint.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs every record of every input through the mapping and semantic-convention validators. */
public final class ValidationService {

    private final boolean screen;

    public ValidationService() {
        this(true);
    }

    /** @param screen whether records found clean while reading skip their tree (off only to compare, in tests) */
    ValidationService(boolean screen) {
        this.screen = screen;
    }

    public void validate(ValidationRequest request, Report report) {
        MappingSelector mappings = request.checkMapping() ? MappingSelector.of(request) : null;
        List<RecordValidator> always = new ArrayList<>();
        SemconvValidator semconv = null;
        if (request.semconv() != null) {
            semconv = new SemconvValidator(SemconvRegistry.resolve(request.semconv()));
            always.add(semconv);
        }
        // Records the screen passes come without a tree: the validators skip them.
        CleanDocumentScreen cleanScreen = screen ? new CleanDocumentScreen(mappings, semconv) : null;
        ReadOptions options = new ReadOptions(request.signal(), cleanScreen);
        for (Path file : RecordReaders.expand(request.inputs(), report)) {
            validateFile(file, options, mappings, always, report);
        }
    }

    private static void validateFile(Path file, ReadOptions options, MappingSelector mappings,
                                     List<RecordValidator> always, Report report) {
        report.countFile(file.toString());
        long records = 0;
        UnknownSignalNotice unknownSignal = new UnknownSignalNotice();
        try (RecordReader reader = RecordReaders.openInBackground(file, options, report)) {
            for (Record record = reader.next(); record != null; record = reader.next()) {
                records++;
                if (mappings != null) {
                    RecordValidator mapping = mappings.forRecord(record);
                    if (mapping != null) {
                        mapping.validate(record, report);
                    } else {
                        unknownSignal.note(record);
                    }
                }
                for (RecordValidator v : always) {
                    v.validate(record, report);
                }
            }
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage(), e);
        } finally {
            report.countRecords(records);
            unknownSignal.flush(report);
        }
    }
}
