package dev.otelint.integration.bundle;

import dev.otelint.integration.JsonFileScan;
import dev.otelint.records.InputFiles;
import dev.otelint.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Records dropped by --max-sample-records, and sample data large enough to weigh on every read of the template,
 * are reported: nothing leaves the bundle unsaid.
 */
final class SampleDataRules {
    /** The opensearch-catalog bundler's object size limit (OS_OBJECT_SIZE_LIMIT, 1 MiB), applied here to the sample data alone. */
    static final long LARGE_BYTES = 1L << 20;

    private SampleDataRules() {}

    static JsonFileScan check(Path file, long keep, Report found) {
        JsonFileScan scan;
        try {
            scan = JsonFileScan.of(file, keep);
        } catch (IOException e) {
            throw InputFiles.cannotRead(file.toString(), e);
        }
        // the layout rules refused sample data of another shape (integration.sample-data-shape) before this
        found.countRecords(scan.records());
        reportSize(file.toString(), scan, keep, found);
        return scan;
    }

    private static void reportSize(String file, JsonFileScan scan, long keep, Report found) {
        if (scan.kept() < scan.records()) {
            found.accept(BundleRules.SAMPLE_RECORDS_DROPPED.finding().file(file)
                    .message("--max-sample-records " + keep + " kept the first " + scan.kept() + " of "
                            + scan.records() + " records; " + (scan.records() - scan.kept()) + " are not bundled")
                    .build());
        }
        if (scan.keptBytes() > LARGE_BYTES) {
            found.accept(BundleRules.LARGE_SAMPLE_DATA.finding().file(file)
                    .message("the template inlines " + mebibytes(scan.keptBytes()) + " of sample data (" + scan.kept()
                            + " records), over 1 MiB; every read of the template loads it")
                    .actual(scan.keptBytes() + " bytes")
                    .fix("--max-sample-records " + suggestedKeep(scan) + " keeps about 1 MiB of it").build());
        }
    }

    /** The record count that keeps the sample data near 1 MiB, assuming records of even size. */
    private static long suggestedKeep(JsonFileScan scan) {
        return Math.max(1, scan.kept() * LARGE_BYTES / scan.keptBytes());
    }

    static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
    }
}
