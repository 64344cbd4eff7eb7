package dev.otelint.assets.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Index pattern arithmetic: whether a dashboard's pattern and a template's index_patterns can match a
 * common index name. Patterns use {@code *} as the only wildcard; a dashboard pattern may be a comma list
 * whose {@code -name} parts exclude indices (OpenSearch multi-target syntax) and never add any.
 */
final class IndexPatterns {

    private IndexPatterns() {}

    /** True when some index name matches both {@code dashboardPattern} (a comma list) and {@code templatePattern}. */
    static boolean overlap(String dashboardPattern, String templatePattern) {
        for (String part : inclusions(dashboardPattern)) {
            if (globsIntersect(part, templatePattern)) {
                return true;
            }
        }
        return false;
    }

    /** The parts of a comma list that add indices, trimmed; exclusions ({@code -name}) are left out. */
    static List<String> inclusions(String pattern) {
        List<String> parts = new ArrayList<>();
        for (String part : pattern.split(",")) {
            String trimmed = part.trim();
            if (!trimmed.isEmpty() && !trimmed.startsWith("-")) {
                parts.add(trimmed);
            }
        }
        return parts;
    }

    /** True when one string matches both globs; {@code *} matches any run of characters. */
    static boolean globsIntersect(String a, String b) {
        Boolean[][] memo = new Boolean[a.length() + 1][b.length() + 1];
        return intersect(a, 0, b, 0, memo);
    }

    private static boolean intersect(String a, int i, String b, int j, Boolean[][] memo) {
        if (memo[i][j] != null) {
            return memo[i][j];
        }
        boolean result;
        boolean aEnd = i == a.length();
        boolean bEnd = j == b.length();
        if (aEnd && bEnd) {
            result = true;
        } else if (!aEnd && a.charAt(i) == '*') {
            // the star matches nothing more, or also covers b's next character (or b's star's match)
            result = intersect(a, i + 1, b, j, memo) || (!bEnd && intersect(a, i, b, j + 1, memo));
        } else if (!bEnd && b.charAt(j) == '*') {
            result = intersect(a, i, b, j + 1, memo) || (!aEnd && intersect(a, i + 1, b, j, memo));
        } else {
            result = !aEnd && !bEnd && a.charAt(i) == b.charAt(j) && intersect(a, i + 1, b, j + 1, memo);
        }
        memo[i][j] = result;
        return result;
    }
}
