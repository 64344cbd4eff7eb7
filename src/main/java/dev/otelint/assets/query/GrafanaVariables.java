package dev.otelint.assets.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces Grafana template variables in a dashboard query with placeholders the query parsers accept,
 * remembering where each came from so that parsed offsets map back to the original text.
 * Variable syntax (Grafana template-variables docs): {@code $name}, {@code ${name}}, {@code ${name:format}},
 * {@code ${name.field}}, {@code [[name]]}, {@code [[name:format]]}; macros such as {@code $__timeFilter(col)}
 * lose only their '$' so their arguments stay in place.
 */
public final class GrafanaVariables {

    // the alternatives of Grafana's own variable regex, plus the "$__macro(" form
    private static final Pattern VARIABLE = Pattern.compile(
            "\\$(__\\w+)\\(|\\$(\\w+)|\\[\\[(\\w+?)(?::\\w+)?]]|\\$\\{(\\w+)(?:\\.[^:^}]+)?(?::[^}]+)?}");
    private static final String DURATION = "1m";

    private GrafanaVariables() {
    }

    /** Where a placeholder stands in the expanded text and what it replaced in the original. */
    public record Replacement(int originalStart, int originalEnd, int expandedStart, int expandedEnd) {
    }

    /** The expanded text and the replacements made, in text order. */
    public record Expansion(String original, String text, List<Replacement> replacements) {

        public Expansion {
            replacements = List.copyOf(replacements);
        }

        /** The original offset of an expanded offset; inside a placeholder, the start of the variable. */
        public int originalOffset(int expandedOffset) {
            return map(expandedOffset, false);
        }

        /** The field with its offset and length in the original text (spanning any variable it touches). */
        public QueryField toOriginal(QueryField field) {
            int start = map(field.offset(), false);
            int end = map(field.offset() + field.length(), true);
            return new QueryField(field.name(), start, end - start, field.role(), field.function());
        }

        /** The error with its offset in the original text. */
        public QuerySyntaxException toOriginal(QuerySyntaxException error) {
            return new QuerySyntaxException(error.getMessage(), map(error.offset(), false));
        }

        /** True when the field overlaps a placeholder, so its name is not (only) what the author wrote. */
        public boolean touchesVariable(QueryField field) {
            int end = field.offset() + field.length();
            for (Replacement r : replacements) {
                if (r.expandedStart() < end && field.offset() < r.expandedEnd()) {
                    return true;
                }
            }
            return false;
        }

        private int map(int expanded, boolean insideMapsToEnd) {
            int shift = 0;
            for (Replacement r : replacements) {
                if (expanded <= r.expandedStart()) {
                    break;
                }
                if (expanded < r.expandedEnd()) {
                    return insideMapsToEnd ? r.originalEnd() : r.originalStart();
                }
                shift = r.originalEnd() - r.expandedEnd();
            }
            return expanded + shift;
        }
    }

    /** The query with every variable replaced: a duration in ranges and offsets, else the variable's name. */
    public static Expansion expand(String query) {
        Matcher matcher = VARIABLE.matcher(query);
        StringBuilder text = new StringBuilder(query.length());
        List<Replacement> replacements = new ArrayList<>();
        int copied = 0;
        while (matcher.find()) {
            text.append(query, copied, matcher.start());
            String placeholder = placeholder(query, matcher);
            int expandedStart = text.length();
            text.append(placeholder);
            int originalEnd = matcher.group(1) != null ? matcher.end() - 1 : matcher.end();
            if (matcher.group(1) != null) {
                text.setLength(text.length() - 1);
            }
            replacements.add(new Replacement(matcher.start(), originalEnd, expandedStart, text.length()));
            copied = originalEnd;
        }
        text.append(query, copied, query.length());
        return new Expansion(query, text.toString(), replacements);
    }

    private static String placeholder(String query, Matcher matcher) {
        if (matcher.group(1) != null) {
            // "$__timeFilter(" -> "__timeFilter(": a plain function call over the same arguments
            return matcher.group(1) + "(";
        }
        String name = matcher.group(2) != null ? matcher.group(2)
                : matcher.group(3) != null ? matcher.group(3) : matcher.group(4);
        return switch (name) {
            case "__interval", "__rate_interval", "__range", "__auto" -> DURATION;
            case "__interval_ms", "__range_ms" -> "60000";
            case "__range_s" -> "60";
            default -> inRangeOrOffset(query, matcher.start()) ? DURATION : name;
        };
    }

    /** True after "[", after the ":" of a subquery range, or after "offset". */
    private static boolean inRangeOrOffset(String query, int at) {
        int before = at - 1;
        while (before >= 0 && Character.isWhitespace(query.charAt(before))) {
            before--;
        }
        if (before < 0) {
            return false;
        }
        char c = query.charAt(before);
        if (c == '[') {
            return true;
        }
        if (c == ':') {
            return query.lastIndexOf('[', before) > query.lastIndexOf(']', before);
        }
        return query.regionMatches(true, Math.max(0, before - 5), "offset", 0, 6) && before >= 5;
    }
}
