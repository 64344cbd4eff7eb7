package dev.otelint.report;

/** The closing line of the text and github formats. */
final class Summary {

    private Summary() {}

    /**
     * "2 files, 990 records: 1 error, 3 warnings, 0 infos" ("objects" when the run counts objects, both
     * when it counts records too, as lint and migrate do) plus the findings --max-findings left out.
     */
    static String line(Report report) {
        StringBuilder sb = new StringBuilder().append(plural(report.files(), "file"));
        if (!report.countsObjects() || report.records() > 0) {
            sb.append(", ").append(plural(report.records(), "record"));
        }
        if (report.countsObjects()) {
            sb.append(", ").append(plural(report.objects(), "object"));
        }
        sb.append(": ")
                .append(plural(report.count(Severity.ERROR), "error")).append(", ")
                .append(plural(report.count(Severity.WARNING), "warning")).append(", ")
                .append(plural(report.count(Severity.INFO), "info"));
        if (report.omitted() > 0) {
            sb.append("; ").append(plural(report.omitted(), "more finding"))
                    .append(" not listed (--max-findings)");
        }
        return sb.toString();
    }

    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
