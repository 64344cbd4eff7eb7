package dev.otelint.assets.query;

/** A position in query text, with the look-ahead and error helpers the hand-written parsers share. */
abstract class QueryCursor {
    protected final String text;
    protected int pos;

    QueryCursor(String text) {
        this.text = text;
    }

    final String text() {
        return text;
    }

    final int pos() {
        return pos;
    }

    final void seek(int position) {
        pos = position;
    }

    final boolean atEnd() {
        return pos >= text.length();
    }

    /** The current character, or 0 at the end of the text. */
    final char peek() {
        return peekAt(0);
    }

    final char peekAt(int ahead) {
        int at = pos + ahead;
        return at < text.length() ? text.charAt(at) : 0;
    }

    final void advance() {
        pos++;
    }

    /** The current character quoted for a message, or the words for the end of the text. */
    final String found() {
        return atEnd() ? "end of text" : "'" + peek() + "'";
    }

    final QuerySyntaxException error(String message) {
        return error(message, pos);
    }

    final QuerySyntaxException error(String message, int at) {
        return new QuerySyntaxException(message + " at offset " + at, at);
    }
}
