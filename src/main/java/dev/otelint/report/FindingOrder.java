package dev.otelint.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order every format lists findings in: by file, then line, column, record, rule. Unknown
 * positions (0) come first within a file; findings without a file come last.
 */
final class FindingOrder {

    private static final Comparator<String> TEXT = Comparator.nullsLast(Comparator.naturalOrder());

    static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::file, TEXT)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            // only decides between findings without a line (e.g. protobuf input)
            .thenComparingLong(Finding::record)
            .thenComparing(Finding::rule, TEXT);

    private FindingOrder() {}

    static List<Finding> sorted(Report report) {
        List<Finding> copy = new ArrayList<>(report.findings());
        copy.sort(ORDER); // List.sort is stable: ties keep the order the checkers reported them in
        return copy;
    }
}
