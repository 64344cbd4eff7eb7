package dev.otelint.integration;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The per-integration table lint prints when it checked several integrations. */
public final class LintSummary {

    private LintSummary() {}

    public static void write(List<LintResult> results, PrintWriter out) {
        String total = results.size() + " integrations";
        int width = Math.max("integration".length(), total.length());
        for (LintResult r : results) {
            width = Math.max(width, r.integration().toString().length());
        }
        String row = "%-" + width + "s  %6s  %8s  %8s%n";
        out.printf(Locale.ROOT, row, "integration", "errors", "warnings", "time");
        int errors = 0;
        int warnings = 0;
        long millis = 0;
        for (LintResult r : results) {
            out.printf(Locale.ROOT, row, r.integration(), r.errors(), r.warnings(), seconds(r.time().toMillis()));
            errors += r.errors();
            warnings += r.warnings();
            millis += r.time().toMillis();
        }
        out.printf(Locale.ROOT, row, total, errors, warnings, seconds(millis));
        out.flush();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }
}
