package dev.otelint.assets.query;

import dev.otelint.assets.query.PromQlToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a PromQL or LogQL query into tokens (Prometheus promql/parser/lex.go facts): identifiers may hold
 * ':' after their first character (recording-rule names; a leading ':' is read as the subquery colon), numbers are decimal, hexadecimal or exponent forms, a number directly followed
 * by letters is a duration ("5m", "1h30m"; LogQL also "10MB"), strings are "...", '...' (with backslash
 * escapes) or `...` (raw), and '#' starts a comment running to the end of the line.
 */
final class PromQlLexer {

    private final String text;
    private final List<PromQlToken> tokens = new ArrayList<>();
    private int pos;

    private PromQlLexer(String text) {
        this.text = text;
    }

    static List<PromQlToken> tokenize(String text) throws QuerySyntaxException {
        PromQlLexer lexer = new PromQlLexer(text);
        lexer.run();
        return lexer.tokens;
    }

    private void run() throws QuerySyntaxException {
        while (skipSpaceAndComments()) {
            char c = text.charAt(pos);
            if (isIdentifierStart(c) && c != ':') {
                identifier();
            } else if (isDigit(c) || (c == '.' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1)))) {
                number();
            } else if (c == '"' || c == '\'' || c == '`') {
                string(c);
            } else {
                operator(c);
            }
        }
        tokens.add(new PromQlToken(Kind.END, "", text.length()));
    }

    private boolean skipSpaceAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else {
                return true;
            }
        }
        return false;
    }

    private void identifier() {
        int start = pos;
        while (pos < text.length() && (isIdentifierStart(text.charAt(pos)) || isDigit(text.charAt(pos)))) {
            pos++;
        }
        add(Kind.IDENTIFIER, start);
    }

    private void number() throws QuerySyntaxException {
        int start = pos;
        if (text.startsWith("0x", pos) || text.startsWith("0X", pos)) {
            pos += 2;
            int digits = pos;
            while (pos < text.length() && Character.digit(text.charAt(pos), 16) >= 0) {
                pos++;
            }
            if (pos == digits) {
                throw new QuerySyntaxException("expected hexadecimal digits after '0x'", start);
            }
            add(Kind.NUMBER, start);
            return;
        }
        decimal();
        if (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            durationUnits();
            add(Kind.DURATION, start);
        } else {
            add(Kind.NUMBER, start);
        }
    }

    private void decimal() {
        digits();
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            digits();
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int sign = pos + 1 < text.length() && (text.charAt(pos + 1) == '+' || text.charAt(pos + 1) == '-') ? 1 : 0;
            if (pos + 1 + sign < text.length() && isDigit(text.charAt(pos + 1 + sign))) {
                pos += 1 + sign;
                digits();
            }
        }
    }

    /** "5m", "1h30m", "1.5s" (LogQL), "10MB" (LogQL bytes): letters, then more digit-letter groups. */
    private void durationUnits() {
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            pos++;
            if (pos < text.length() && isDigit(text.charAt(pos))) {
                digits();
            }
        }
    }

    private void digits() {
        while (pos < text.length() && (isDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
    }

    private void string(char quote) throws QuerySyntaxException {
        int start = pos++;
        while (pos < text.length() && text.charAt(pos) != quote) {
            // raw `strings` have no escapes
            pos += text.charAt(pos) == '\\' && quote != '`' ? 2 : 1;
        }
        if (pos >= text.length()) {
            throw new QuerySyntaxException("unterminated string: expected the closing " + quote, start);
        }
        pos++;
        add(Kind.STRING, start);
    }

    private void operator(char c) throws QuerySyntaxException {
        Kind kind = twoCharOperator();
        if (kind != null) {
            tokens.add(new PromQlToken(kind, text.substring(pos, pos + 2), pos));
            pos += 2;
            return;
        }
        kind = oneCharOperator(c);
        if (kind == null) {
            throw new QuerySyntaxException("unexpected character '" + c + "'", pos);
        }
        tokens.add(new PromQlToken(kind, String.valueOf(c), pos));
        pos++;
    }

    private Kind twoCharOperator() {
        if (pos + 1 >= text.length()) {
            return null;
        }
        return switch (text.substring(pos, pos + 2)) {
            case "==" -> Kind.EQL;
            case "!=" -> Kind.NEQ;
            case "<=" -> Kind.LTE;
            case ">=" -> Kind.GTE;
            case "=~" -> Kind.EQL_REGEX;
            case "!~" -> Kind.NEQ_REGEX;
            case "|=" -> Kind.PIPE_EXACT;
            case "|~" -> Kind.PIPE_REGEX;
            default -> null;
        };
    }

    private static Kind oneCharOperator(char c) {
        return switch (c) {
            case '{' -> Kind.LEFT_BRACE;
            case '}' -> Kind.RIGHT_BRACE;
            case '(' -> Kind.LEFT_PAREN;
            case ')' -> Kind.RIGHT_PAREN;
            case '[' -> Kind.LEFT_BRACKET;
            case ']' -> Kind.RIGHT_BRACKET;
            case ',' -> Kind.COMMA;
            case ':' -> Kind.COLON;
            case '@' -> Kind.AT;
            case '+' -> Kind.ADD;
            case '-' -> Kind.SUB;
            case '*' -> Kind.MUL;
            case '/' -> Kind.DIV;
            case '%' -> Kind.MOD;
            case '^' -> Kind.POW;
            case '<' -> Kind.LSS;
            case '>' -> Kind.GTR;
            case '=' -> Kind.ASSIGN;
            case '|' -> Kind.PIPE;
            default -> null;
        };
    }

    private void add(Kind kind, int start) {
        tokens.add(new PromQlToken(kind, text.substring(start, pos), start));
    }

    private static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
