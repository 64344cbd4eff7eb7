package dev.otelint.integration;

/**
 * A position in JSON5 text that knows its line and column and skips what JSON5 counts as white space
 * and comments (https://spec.json5.org/#white-space, #comments).
 */
final class Json5Cursor {
    private final String text;
    private int pos;
    private int line;
    private int lineStart;

    /** @param firstLine the line number of the text's first line (for a line cut out of a file) */
    Json5Cursor(String text, int firstLine) {
        this.text = text;
        this.line = firstLine;
    }

    boolean atEnd() { return pos >= text.length(); }
    /** The current character, or -1 at the end. */
    int peek() { return pos < text.length() ? text.charAt(pos) : -1; }
    int peek(int ahead) { return pos + ahead < text.length() ? text.charAt(pos + ahead) : -1; }
    int line() { return line; }
    int column() { return pos - lineStart + 1; }
    int pos() { return pos; }
    String slice(int from) { return text.substring(from, pos); }

    /** Consumes and returns the current character, counting lines (CR LF is one line break). */
    char next() {
        char c = text.charAt(pos++);
        if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\r' && peek() != '\n') {
            line++;
            lineStart = pos;
        }
        return c;
    }

    boolean consume(char expected) {
        if (peek() == expected) {
            next();
            return true;
        }
        return false;
    }

    Json5SyntaxException error(String message) {
        return new Json5SyntaxException(message, line, column());
    }

    /** Skips white space and comments; an unterminated block comment is an error. */
    void skipBlank() throws Json5SyntaxException {
        while (!atEnd()) {
            int c = peek();
            if (isWhiteSpace(c) || isLineTerminator(c)) {
                next();
            } else if (c == '/' && peek(1) == '/') {
                while (!atEnd() && !isLineTerminator(peek())) {
                    next();
                }
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
            } else {
                return;
            }
        }
    }

    private void skipBlockComment() throws Json5SyntaxException {
        int startLine = line;
        int startColumn = column();
        next();
        next();
        while (!atEnd()) {
            if (next() == '*' && peek() == '/') {
                next();
                return;
            }
        }
        throw new Json5SyntaxException("unterminated comment: expected */ to close the /* opened at line "
                + startLine + ", column " + startColumn, line, column());
    }

    static boolean isLineTerminator(int c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    // JSON5 white space: tab, vertical tab, form feed, space, NBSP, BOM and every Unicode space separator (Zs).
    private static boolean isWhiteSpace(int c) {
        return c == '\t' || c == '\u000B' || c == '\f' || c == ' ' || c == '\u00A0' || c == '\uFEFF'
                || c > 0 && Character.getType(c) == Character.SPACE_SEPARATOR;
    }
}
