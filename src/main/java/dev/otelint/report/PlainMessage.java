package dev.otelint.report;

/**
 * A finding as one block of plain text for formats whose viewers show a single message
 * (GitHub annotations, SARIF results): "path: message", then expected/actual, then the fix.
 */
final class PlainMessage {

    private PlainMessage() {}

    static String of(Finding f) {
        StringBuilder sb = new StringBuilder(summary(f));
        if (f.expected() != null || f.actual() != null) {
            sb.append('\n');
            if (f.expected() != null) {
                sb.append("expected: ").append(f.expected()).append(f.actual() == null ? "" : ", ");
            }
            if (f.actual() != null) {
                sb.append("actual: ").append(f.actual());
            }
        }
        if (f.fix() != null) {
            sb.append("\nfix: ").append(f.fix());
        }
        return sb.toString();
    }

    /** "path: message", either part alone when the other is unknown, else the rule id (never empty: SARIF needs text). */
    static String summary(Finding f) {
        if (f.path() != null && f.message() != null) {
            return f.path() + ": " + f.message();
        }
        if (f.message() != null) {
            return f.message();
        }
        return f.path() != null ? f.path() : f.rule();
    }
}
