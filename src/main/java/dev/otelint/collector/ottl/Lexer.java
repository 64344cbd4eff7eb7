package dev.otelint.collector.ottl;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a statement into tokens as OTTL's lexer does: identifiers, double-quoted strings with Go escapes,
 * integers and floats, bytes written 0x..., and the operators. A sign is an operator token: the parser
 * tells unary from binary minus, as OTTL's parser does.
 */
final class Lexer {
    private static final List<String> OPERATORS =
            List.of("==", "!=", "<=", ">=", "<", ">", "=", "(", ")", "[", "]", "{", "}", ",", ".", ":", "+", "-", "*", "/");
    private final String text;
    private int pos;

    private Lexer(String text) {
        this.text = text;
    }

    static List<Token> tokens(String text) {
        Lexer lexer = new Lexer(text);
        List<Token> tokens = new ArrayList<>();
        Token t;
        do {
            t = lexer.next();
            tokens.add(t);
        } while (t.kind() != Token.Kind.END);
        return tokens;
    }

    private Token next() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        int start = pos;
        if (pos >= text.length()) {
            return new Token(Token.Kind.END, "", pos + 1);
        }
        char c = text.charAt(pos);
        if (c == '"') {
            return string(start);
        }
        if (c == '0' && pos + 1 < text.length() && (text.charAt(pos + 1) == 'x' || text.charAt(pos + 1) == 'X')) {
            pos += 2;
            while (pos < text.length() && Character.digit(text.charAt(pos), 16) >= 0) {
                pos++;
            }
            if (pos == start + 2 || (pos - start) % 2 != 0) {
                throw new OttlException("invalid bytes literal \"" + text.substring(start, pos)
                        + "\": expected an even number of hex digits after 0x", start + 1);
            }
            return new Token(Token.Kind.BYTES, text.substring(start, pos), start + 1);
        }
        if (Character.isDigit(c) || c == '.' && digitAt(pos + 1)) {
            return number(start);
        }
        if (Character.isLetter(c) || c == '_') {
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            return new Token(Token.Kind.IDENT, text.substring(start, pos), start + 1);
        }
        for (String op : OPERATORS) {
            if (text.startsWith(op, pos)) {
                pos += op.length();
                return new Token(Token.Kind.OP, op, start + 1);
            }
        }
        throw new OttlException("invalid character '" + c + "'", start + 1);
    }

    private Token number(int start) {
        boolean isFloat = text.charAt(start) == '.';
        pos++;
        while (digitAt(pos) || charAt(pos) == '.' && !isFloat && digitAt(pos + 1)) {
            isFloat |= text.charAt(pos) == '.';
            pos++;
        }
        if (isFloat && (charAt(pos) == 'e' || charAt(pos) == 'E')) {
            int mark = pos++;
            if (charAt(pos) == '+' || charAt(pos) == '-') {
                pos++;
            }
            if (!digitAt(pos)) {
                pos = mark;
            }
            while (digitAt(pos)) {
                pos++;
            }
        }
        return new Token(isFloat ? Token.Kind.FLOAT : Token.Kind.INT, text.substring(start, pos), start + 1);
    }

    private Token string(int start) {
        StringBuilder value = new StringBuilder();
        pos++;
        while (pos < text.length() && text.charAt(pos) != '"') {
            char c = text.charAt(pos++);
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
            value.append(escape(text.charAt(pos++), pos - 1));
        }
        if (pos >= text.length()) {
            throw new OttlException("unterminated string", start + 1);
        }
        pos++;
        return new Token(Token.Kind.STRING, value.toString(), start + 1);
    }

    // Go string-literal escapes, as OTTL unquotes its strings with strconv.Unquote
    private char escape(char c, int at) {
        return switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            default -> throw new OttlException("invalid escape sequence \\" + c + " in string", at);
        };
    }

    private boolean digitAt(int i) {
        return i < text.length() && Character.isDigit(text.charAt(i));
    }

    private char charAt(int i) {
        return i < text.length() ? text.charAt(i) : 0;
    }
}
