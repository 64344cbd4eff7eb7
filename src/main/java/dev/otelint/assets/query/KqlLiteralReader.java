package dev.otelint.assets.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one DQL literal at the position of a {@link QueryText}: a quoted string or an unquoted run of
 * characters. Follows the OpenSearch Dashboards kuery grammar: unquoted literals may hold spaces, stop
 * before a special character {@code \():<>"{}} or a keyword ({@code " or "}, {@code " and "},
 * {@code "not "}, any case), and are trimmed; {@code \t \r \n}, an escaped special character and an
 * escaped keyword stand for themselves.
 */
final class KqlLiteralReader {
    private static final String SPECIAL = "\\():<>\"*{}";

    private KqlLiteralReader() {}

    /** The literal at the position, or null when none starts there (nothing is consumed then). */
    static KqlLiteral read(QueryText query) throws QuerySyntaxException {
        return query.peek() == '"' ? readQuoted(query) : readUnquoted(query);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /** kuery Or / And: one or more spaces, the word in any case, one or more spaces. */
    static boolean spacedWordAt(QueryText query, int offset, String word) {
        int start = offset;
        while (isSpace(query.charAt(start))) {
            start++;
        }
        return start > offset && query.regionMatchesIgnoreCase(start, word)
                && isSpace(query.charAt(start + word.length()));
    }

    /** kuery Not: the word in any case and one or more spaces, even right after other letters. */
    static boolean notAt(QueryText query, int offset) {
        return query.regionMatchesIgnoreCase(offset, "not") && isSpace(query.charAt(offset + 3));
    }

    private static KqlLiteral readQuoted(QueryText query) throws QuerySyntaxException {
        int start = query.position();
        StringBuilder value = new StringBuilder();
        query.advance(1);
        while (query.peek() != '"') {
            if (query.atEnd()) {
                throw query.expected("a closing '\"' for the quote opened at offset " + start);
            }
            char c = query.peek();
            char next = query.charAt(query.position() + 1);
            if (c == '\\' && escapedWhitespace(next) != 0) {
                value.append(escapedWhitespace(next));
                query.advance(2);
            } else if (c == '\\' && (next == '\\' || next == '"')) {
                value.append(next);
                query.advance(2);
            } else {
                value.append(c);
                query.advance(1);
            }
        }
        query.advance(1);
        return new KqlLiteral(value.toString(), start, query.position() - start, false);
    }

    private static KqlLiteral readUnquoted(QueryText query) {
        List<Unit> units = new ArrayList<>();
        while (!query.atEnd()) {
            Unit unit = unitAt(query);
            if (unit == null) {
                break;
            }
            units.add(unit);
            query.moveTo(unit.end());
        }
        return units.isEmpty() ? null : trimmed(units);
    }

    /** One unquoted character (or escaped keyword) at the position, or null where the literal stops. */
    private static Unit unitAt(QueryText query) {
        int at = query.position();
        char c = query.peek();
        if (c == '\\') {
            return escapedUnit(query, at);
        }
        if (c == '*') {
            return new Unit("*", at, at + 1, true);
        }
        if (SPECIAL.indexOf(c) >= 0 || keywordAt(query, at)) {
            return null;
        }
        return new Unit(String.valueOf(c), at, at + 1, false);
    }

    private static Unit escapedUnit(QueryText query, int at) {
        char next = query.charAt(at + 1);
        if (escapedWhitespace(next) != 0) {
            return new Unit(String.valueOf(escapedWhitespace(next)), at, at + 2, false);
        }
        if (next != 0 && SPECIAL.indexOf(next) >= 0) {
            return new Unit(String.valueOf(next), at, at + 2, false);
        }
        for (String keyword : new String[] {"or", "and", "not"}) {
            if (query.regionMatchesIgnoreCase(at + 1, keyword)) {
                int end = at + 1 + keyword.length();
                return new Unit(query.text().substring(at + 1, end), at, end, false);
            }
        }
        return null; // a lone backslash is a special character: the literal stops before it
    }

    private static boolean keywordAt(QueryText query, int offset) {
        return spacedWordAt(query, offset, "or") || spacedWordAt(query, offset, "and") || notAt(query, offset);
    }

    private static char escapedWhitespace(char c) {
        return switch (c) {
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'n' -> '\n';
            default -> 0;
        };
    }

    /** kuery trims unquoted literals: the span shrinks to the units that are not whitespace. */
    private static KqlLiteral trimmed(List<Unit> units) {
        int first = 0;
        int last = units.size() - 1;
        while (first <= last && units.get(first).isBlank()) {
            first++;
        }
        while (last >= first && units.get(last).isBlank()) {
            last--;
        }
        if (first > last) {
            Unit only = units.get(0);
            return new KqlLiteral("", only.start(), units.get(units.size() - 1).end() - only.start(), false);
        }
        StringBuilder value = new StringBuilder();
        for (Unit unit : units.subList(first, last + 1)) {
            value.append(unit.text());
        }
        boolean bareWildcard = first == last && units.get(first).wildcard();
        int start = units.get(first).start();
        return new KqlLiteral(value.toString(), start, units.get(last).end() - start, bareWildcard);
    }

    /** What one stretch of raw text stands for. */
    private record Unit(String text, int start, int end, boolean wildcard) {
        boolean isBlank() {
            return text.length() == 1 && (Character.isWhitespace(text.charAt(0))
                    || Character.isSpaceChar(text.charAt(0)) || text.charAt(0) == '\uFEFF');
        }
    }
}
