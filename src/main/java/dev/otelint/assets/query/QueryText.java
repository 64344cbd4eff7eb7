package dev.otelint.assets.query;

/**
 * A query being read left to right: the text, a 0-based position, look-ahead, and the plain-words
 * syntax errors the hand-written parsers throw ("expected ')' ..., found 'x' at offset 7"). The
 * character-level readers of Timeline and HJSON extend it.
 */
class QueryText {
    /** Deeper group nesting is refused rather than risking the parser's stack. */
    static final int MAX_DEPTH = 256;

    protected final String text;
    protected int position;

    QueryText(String text) {
        this.text = text;
    }

    final String text() {
        return text;
    }

    final int position() {
        return position;
    }

    final void moveTo(int newPosition) {
        position = newPosition;
    }

    final void advance() {
        position++;
    }

    final void advance(int count) {
        position += count;
    }

    final boolean atEnd() {
        return position >= text.length();
    }

    /** The character at the position, or 0 at the end. */
    final char peek() {
        return charAt(position);
    }

    /** The character {@code ahead} places after the position, or 0 past the end. */
    final char peekAt(int ahead) {
        return charAt(position + ahead);
    }

    /** The character at an absolute offset, or 0 outside the text. */
    final char charAt(int offset) {
        return offset >= 0 && offset < text.length() ? text.charAt(offset) : 0;
    }

    final int length() {
        return text.length();
    }

    final boolean regionMatchesIgnoreCase(int offset, String word) {
        return text.regionMatches(true, offset, word, 0, word.length());
    }

    /** The current character quoted for a message, or the words for the end of the text. */
    final String found() {
        return atEnd() ? "end of text" : "'" + peek() + "'";
    }

    /** "{message} at offset N", at the position. */
    final QuerySyntaxException error(String message) {
        return error(message, position);
    }

    final QuerySyntaxException error(String message, int at) {
        return new QuerySyntaxException(message + " at offset " + at, at);
    }

    /** "expected X, found 'y' at offset N" (or "found the end of the query"). */
    final QuerySyntaxException expected(String what) {
        return expectedAt(position, what);
    }

    final QuerySyntaxException expectedAt(int offset, String what) {
        return new QuerySyntaxException("expected " + what + ", found " + describe(offset), offset);
    }

    final QuerySyntaxException tooDeep(int offset) {
        return new QuerySyntaxException("groups nest deeper than " + MAX_DEPTH + " levels at offset " + offset,
                offset);
    }

    /** What stands at an offset, for messages: 'c' at offset N, or the end of the query. */
    final String describe(int offset) {
        if (offset >= text.length()) {
            return "the end of the query";
        }
        return "'" + text.charAt(offset) + "' at offset " + offset;
    }
}
