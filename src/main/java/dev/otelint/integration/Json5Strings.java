package dev.otelint.integration;

/**
 * JSON5 strings and identifier names (https://spec.json5.org/#strings, #objects): single or double
 * quotes, the escapes of ECMAScript 5.1 (hexadecimal and unicode escapes, \0, \v, line continuations, any
 * other character escaping to itself), and member names that are ECMAScript IdentifierNames, unicode escapes included.
 */
final class Json5Strings {

    private Json5Strings() {}

    /** Reads a quoted string; the cursor is on the opening quote. */
    static String quoted(Json5Cursor in) throws Json5SyntaxException {
        char quote = in.next();
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = in.peek();
            if (c == -1 || c == '\n' || c == '\r') {
                throw in.error("unterminated string: expected " + quote + " before the end of the line"
                        + " (escape a line break with \\)");
            }
            in.next();
            if (c == quote) {
                return sb.toString();
            }
            if (c == '\\') {
                escape(in, sb);
            } else {
                sb.append((char) c);
            }
        }
    }

    private static void escape(Json5Cursor in, StringBuilder sb) throws Json5SyntaxException {
        int c = in.peek();
        if (c == -1) {
            throw in.error("unterminated string: expected an escaped character after \\");
        }
        in.next();
        switch (c) {
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'v' -> sb.append('\u000B');
            case 'x' -> sb.append((char) hex(in, 2));
            case 'u' -> sb.append((char) hex(in, 4));
            case '0' -> {
                if (isDigit(in.peek())) {
                    throw in.error("\\0 followed by a digit: octal escapes are not allowed in JSON5");
                }
                sb.append('\0');
            }
            case '\r' -> in.consume('\n'); // line continuation: CR LF counts as one line break
            case '\n', '\u2028', '\u2029' -> { } // line continuation
            default -> {
                if (isDigit(c)) {
                    throw in.error("\\" + (char) c + ": a digit cannot be escaped in JSON5");
                }
                sb.append((char) c);
            }
        }
    }

    private static int hex(Json5Cursor in, int digits) throws Json5SyntaxException {
        int value = 0;
        for (int i = 0; i < digits; i++) {
            int d = Character.digit(in.peek(), 16);
            if (in.peek() == -1 || d < 0) {
                throw in.error("expected " + digits + " hexadecimal digits in the escape");
            }
            in.next();
            value = value * 16 + d;
        }
        return value;
    }

    static boolean startsIdentifier(int c) {
        return c == '\\' || c >= 0 && isIdentifierStart(c);
    }

    /** Reads an unquoted member name; the cursor is on its first character. */
    static String identifier(Json5Cursor in) throws Json5SyntaxException {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        while (in.peek() != -1) {
            int c = in.peek();
            if (c == '\\') {
                in.next();
                if (in.peek() != 'u') {
                    throw in.error("expected \\u and 4 hexadecimal digits in a member name");
                }
                in.next();
                c = hex(in, 4);
                if (!(first ? isIdentifierStart(c) : isIdentifierPart(c))) {
                    throw in.error("the escape \\u" + String.format("%04x", c)
                            + " is not a character a member name can hold");
                }
                sb.append((char) c);
            } else if (first ? isIdentifierStart(c) : isIdentifierPart(c)) {
                sb.append(in.next());
            } else {
                break;
            }
            first = false;
        }
        return sb.toString();
    }

    // ECMAScript 5.1 IdentifierStart: a Unicode letter (Lu, Ll, Lt, Lm, Lo, Nl), $ or _.
    private static boolean isIdentifierStart(int c) {
        if (c == '$' || c == '_') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.LETTER_NUMBER -> true;
            default -> false;
        };
    }

    // IdentifierPart adds combining marks (Mn, Mc), digits (Nd), connector punctuation (Pc), ZWNJ and ZWJ.
    static boolean isIdentifierPart(int c) {
        if (isIdentifierStart(c) || c == '\u200C' || c == '\u200D') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                 Character.CONNECTOR_PUNCTUATION -> true;
            default -> false;
        };
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
