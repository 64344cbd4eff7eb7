package dev.otelint.assets.query;

/**
 * A query being read left to right: the text, a 0-based position, and the plain-words syntax errors
 * the hand-written parsers throw ("expected ')' ..., found 'x' at offset 7").
 */
final class QueryText {
    /** Deeper group nesting is refused rather than risking the parser's stack. */
    static final int MAX_DEPTH = 256;

    private final String text;
    private int position;

    QueryText(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    int position() {
        return position;
    }

    void moveTo(int newPosition) {
        position = newPosition;
    }

    void advance(int count) {
        position += count;
    }

    boolean atEnd() {
        return position >= text.length();
    }

    /** The character at the position, or 0 at the end. */
    char peek() {
        return charAt(position);
    }

    /** The character at an absolute offset, or 0 outside the text. */
    char charAt(int offset) {
        return offset >= 0 && offset < text.length() ? text.charAt(offset) : 0;
    }

    int length() {
        return text.length();
    }

    boolean regionMatchesIgnoreCase(int offset, String word) {
        return text.regionMatches(true, offset, word, 0, word.length());
    }

    /** "expected X, found 'y' at offset N" (or "found the end of the query"). */
    QuerySyntaxException expected(String what) {
        return expectedAt(position, what);
    }

    QuerySyntaxException expectedAt(int offset, String what) {
        return new QuerySyntaxException("expected " + what + ", found " + describe(offset), offset);
    }

    QuerySyntaxException tooDeep(int offset) {
        return new QuerySyntaxException("groups nest deeper than " + MAX_DEPTH + " levels at offset " + offset,
                offset);
    }

    /** What stands at an offset, for messages: 'c' at offset N, or the end of the query. */
    String describe(int offset) {
        if (offset >= text.length()) {
            return "the end of the query";
        }
        return "'" + text.charAt(offset) + "' at offset " + offset;
    }
}
