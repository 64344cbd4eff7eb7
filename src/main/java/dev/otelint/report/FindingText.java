package dev.otelint.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A finding group as text lines: the headline
 * {@code file:line:col: severity [rule] path: message (fix: ...)}, then indented expected/actual
 * and, for a group, where else the same finding occurs. Shared by the text and junit formats.
 */
final class FindingText {

    static final String INDENT = "    ";

    private final SeverityStyle style;

    FindingText(SeverityStyle style) {
        this.style = style;
    }

    List<String> lines(FindingGroup group) {
        Finding f = group.first();
        List<String> lines = new ArrayList<>(4);
        lines.add(headline(f));
        // aligned so that expected and actual values can be compared by eye
        if (f.expected() != null) {
            lines.add(INDENT + "expected: " + Printable.clean(f.expected()));
        }
        if (f.actual() != null) {
            int others = group.distinctActuals() - 1;
            lines.add(INDENT + "actual:   " + Printable.clean(f.actual())
                    + (others > 0 ? " (and " + Summary.plural(others, "other value") + ")" : ""));
        }
        if (group.size() > 1) {
            lines.add(INDENT + locations(group));
        }
        return lines;
    }

    String headline(Finding f) {
        StringBuilder sb = new StringBuilder(Position.prefix(f))
                .append(style.paint(f.severity()))
                .append(" [").append(Printable.clean(f.rule())).append(']');
        if (f.path() != null) {
            sb.append(' ').append(Printable.clean(f.path()));
            if (f.message() != null) {
                sb.append(':');
            }
        }
        if (f.message() != null) {
            sb.append(' ').append(Printable.clean(f.message()));
        }
        if (f.fix() != null) {
            sb.append(" (fix: ").append(Printable.clean(f.fix())).append(')');
        }
        return sb.toString();
    }

    /** "in 990 records: 12:40, 13:40, 14:40, 15:40, 16:40 and 985 more records". */
    private static String locations(FindingGroup group) {
        StringBuilder sb = new StringBuilder("in ").append(Summary.plural(group.size(), "record")).append(": ");
        List<Finding> shown = group.shown();
        for (int i = 0; i < shown.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            String position = Position.of(shown.get(i));
            sb.append(position.isEmpty() ? "unknown position" : position);
        }
        if (group.notShown() > 0) {
            sb.append(" and ").append(Summary.plural(group.notShown(), "more record"));
        }
        return sb.toString();
    }
}
