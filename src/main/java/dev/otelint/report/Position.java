package dev.otelint.report;

/** How a finding's place reads in text: "12:40", "12" (no column), "record 7" (no line) or "" (unknown). */
final class Position {

    private Position() {}

    static String of(Finding f) {
        if (f.line() > 0) {
            return f.column() > 0 ? f.line() + ":" + f.column() : Integer.toString(f.line());
        }
        return f.record() > 0 ? "record " + f.record() : "";
    }

    /** "file:12:40: ", "file: record 7: ", "file: " or "" - the editor-clickable start of a text line. */
    static String prefix(Finding f) {
        String position = of(f);
        if (f.file() == null) {
            return position.isEmpty() ? "" : position + ": ";
        }
        String file = Printable.clean(f.file());
        if (position.isEmpty()) {
            return file + ": ";
        }
        return f.line() > 0 ? file + ":" + position + ": " : file + ": " + position + ": ";
    }
}
