package dev.otelint.integration;

import dev.otelint.records.InputFiles;
import dev.otelint.report.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The sample data is what Dashboards' getSampleData iterates: a JSON array, or NDJSON, of objects (it sets each
 * record's @timestamp); it reads the file as one JSON value, else as NDJSON (fs_data_adaptor readFile).
 */
final class SampleDataShape {
    private static final String EXPECTED = "a JSON array of records, or one record per line";

    private SampleDataShape() {}

    static void check(Path file, Consumer<Finding> out) {
        JsonFileScan scan;
        try {
            scan = JsonFileScan.of(file, Long.MAX_VALUE);
        } catch (IOException e) {
            throw InputFiles.cannotRead(file.toString(), e);
        }
        Finding.Builder finding = IntegrationRules.SAMPLE_DATA_SHAPE.finding().file(file.toString()).expected(EXPECTED);
        if (scan.shape() == JsonFileScan.Shape.NEITHER) {
            out.accept(finding.message("neither one JSON value nor NDJSON: " + scan.error()).build());
        } else if (!scan.rootIsArray()) {
            out.accept(finding.record(1)
                    .message("one JSON value that is not an array; Dashboards iterates over the sample records").build());
        } else if (scan.firstNonObject() > 0) {
            out.accept(finding.record(scan.firstNonObject())
                    .message("record " + scan.firstNonObject() + " is not a JSON object").build());
        }
    }
}
