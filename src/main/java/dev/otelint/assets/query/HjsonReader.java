package dev.otelint.assets.query;

/**
 * The character level of HJSON (hjson.github.io/syntax.html, as hjson-js reads it for OpenSearch
 * Dashboards Vega specs): whitespace and comments, quoted and multiline strings, member names.
 */
final class HjsonReader extends QueryText {

    HjsonReader(String text) {
        super(text);
    }

    /** Skips whitespace and #, // and block comments. */
    void skipBlank() {
        while (!atEnd()) {
            char c = peek();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                position++;
            } else if (c == '#' || c == '/' && peekAt(1) == '/') {
                skipToLineEnd();
            } else if (c == '/' && peekAt(1) == '*') {
                skipBlockComment();
            } else {
                return;
            }
        }
    }

    private void skipToLineEnd() {
        while (!atEnd() && peek() != '\n') {
            position++;
        }
    }

    // hjson-js: an unterminated block comment runs to the end of the text.
    private void skipBlockComment() {
        int close = text.indexOf("*/", position + 2);
        position = close < 0 ? text.length() : close + 2;
    }

    boolean startsComment() {
        char c = peek();
        return c == '#' || c == '/' && (peekAt(1) == '/' || peekAt(1) == '*');
    }

    static boolean isPunctuator(char c) {
        return c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == ':';
    }

    /** A JSON string delimited by the current character, {@code "} or {@code '}; leaves position after it. */
    String quoted() throws QuerySyntaxException {
        char quote = peek();
        int start = position++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (atEnd()) {
                throw error("unterminated string: expected closing " + quote + " for the string opened", start);
            }
            char c = text.charAt(position++);
            if (c == quote) {
                return value.toString();
            } else if (c == '\\') {
                value.append(escape());
            } else if (c == '\n' || c == '\r') {
                throw error("line break inside a quoted string; use \\n or a ''' multiline string", position - 1);
            } else {
                value.append(c);
            }
        }
    }

    private char escape() throws QuerySyntaxException {
        if (atEnd()) {
            throw error("expected an escape character after '\\'");
        }
        char c = text.charAt(position++);
        return switch (c) {
            case '"', '\'', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicodeEscape();
            default -> throw error("unknown escape '\\" + c + "' in string", position - 2);
        };
    }

    private char unicodeEscape() throws QuerySyntaxException {
        if (position + 4 > text.length()) {
            throw error("expected 4 hex digits after '\\u'");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(position), 16);
            if (digit < 0) {
                throw error("expected 4 hex digits after '\\u'");
            }
            code = code * 16 + digit;
            position++;
        }
        return (char) code;
    }

    boolean atTripleQuote() {
        return text.startsWith("'''", position);
    }

    /**
     * A ''' multiline string: whitespace after the opening quotes and the first line break are ignored,
     * each line loses up to the opening column of indentation, CR is dropped and the last LF removed.
     */
    String multiline() throws QuerySyntaxException {
        int start = position;
        int indent = position - lineStart(position);
        position += 3;
        while (!atEnd() && peek() <= ' ' && peek() != '\n') {
            position++;
        }
        if (peek() == '\n') {
            position++;
            skipIndent(indent);
        }
        StringBuilder value = new StringBuilder();
        while (!atTripleQuote()) {
            if (atEnd()) {
                throw error("unterminated multiline string: expected ''' to close the string opened", start);
            }
            char c = text.charAt(position++);
            if (c == '\n') {
                value.append(c);
                skipIndent(indent);
            } else if (c != '\r') {
                value.append(c);
            }
        }
        position += 3;
        int last = value.length() - 1;
        return last >= 0 && value.charAt(last) == '\n' ? value.substring(0, last) : value.toString();
    }

    private int lineStart(int at) {
        return text.lastIndexOf('\n', at - 1) + 1;
    }

    private void skipIndent(int indent) {
        for (int skip = indent; skip > 0 && !atEnd() && peek() <= ' ' && peek() != '\n'; skip--) {
            position++;
        }
    }

    /** An unquoted member name: no whitespace and none of {@code ,:[]{}}; position stops before the ':'. */
    String bareKey() throws QuerySyntaxException {
        int start = position;
        while (!atEnd()) {
            char c = peek();
            if (c == ':') {
                break;
            }
            if (c <= ' ') {
                int after = skipSpaces(position);
                if (after < text.length() && text.charAt(after) == ':') {
                    break;
                }
                throw error("whitespace in a member name; quote names that contain spaces", position);
            }
            if (isPunctuator(c)) {
                throw error("expected a member name but found '" + c
                        + "' (quote names that contain {}[],: or whitespace)", position);
            }
            position++;
        }
        if (position == start) {
            throw error("expected a member name before ':'");
        }
        return text.substring(start, position);
    }

    private int skipSpaces(int at) {
        while (at < text.length() && text.charAt(at) <= ' ') {
            at++;
        }
        return at;
    }
}
