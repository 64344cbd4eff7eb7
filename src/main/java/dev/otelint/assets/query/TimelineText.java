package dev.otelint.assets.query;

import java.util.Arrays;

/** The character level of a Timeline expression (chain.peg core types): names, literals, references. */
final class TimelineText extends QueryText {

    TimelineText(String text) {
        super(text);
    }

    void skipSpace() {
        while (!atEnd() && isSpace(peek())) {
            position++;
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    // function_name / argument_name: [a-zA-Z]+ [.a-zA-Z0-9_-]*
    String name() {
        int start = position;
        while (isLetter(peek())) {
            position++;
        }
        while (!atEnd() && (isLetter(peek()) || peek() >= '0' && peek() <= '9' || "._-".indexOf(peek()) >= 0)) {
            position++;
        }
        return text.substring(start, position);
    }

    boolean atReference() {
        return peek() == '@' && Character.isDigit(peekAt(1));
    }

    // reference: '@' integer (':' integer)?
    void reference() throws QuerySyntaxException {
        position++;
        digits();
        if (peek() == ':') {
            position++;
            if (!Character.isDigit(peek())) {
                throw error("expected a series number after ':' in an @plot:series reference");
            }
            digits();
        }
    }

    private void digits() {
        while (Character.isDigit(peek())) {
            position++;
        }
    }

    TimelineLiteral literal() throws QuerySyntaxException {
        char c = peek();
        return c == '"' || c == '\'' ? quoted(c) : bare();
    }

    // dq_char / sq_char: backslash escapes only the quote and the backslash; other backslashes stay.
    private TimelineLiteral quoted(char quote) throws QuerySyntaxException {
        int open = position++;
        StringBuilder value = new StringBuilder();
        int[] offsets = new int[16];
        while (peek() != quote) {
            if (atEnd()) {
                throw error("unterminated string: expected closing " + quote + " for the string opened", open);
            }
            if (peek() == '\\' && (peekAt(1) == quote || peekAt(1) == '\\')) {
                position++;
            }
            if (value.length() == offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[value.length()] = position;
            value.append(text.charAt(position++));
        }
        int end = position++;
        return new TimelineLiteral(value.toString(), Arrays.copyOf(offsets, value.length()), end, true);
    }

    // Unquoted literal: anything but ( ) " ' , = and whitespace (chain.peg stops at space and tab only;
    // stopping at line breaks too keeps them out of field names).
    private TimelineLiteral bare() throws QuerySyntaxException {
        int start = position;
        while (!atEnd() && "()\"',=".indexOf(peek()) < 0 && !isSpace(peek())) {
            position++;
        }
        if (position == start) {
            throw error("expected an argument value but found " + found());
        }
        int[] offsets = new int[position - start];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = start + i;
        }
        return new TimelineLiteral(text.substring(start, position), offsets, position, false);
    }
}
