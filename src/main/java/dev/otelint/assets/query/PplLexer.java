package dev.otelint.assets.query;

import dev.otelint.assets.query.PplToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a PPL query into tokens; names keep their dotted paths and backticked parts together. SQL shares
 * these lexical rules (see {@link SqlLexer}), hence the {@code ?} and {@code ;} symbols.
 */
final class PplLexer {
    private static final String[] TWO_CHAR_SYMBOLS = {"==", "!=", "<>", "<=", ">="};
    private static final String ONE_CHAR_SYMBOLS = "=<>+-*/%(),|[]{}^:.?;";

    private final String query;
    private int pos;

    private PplLexer(String query) {
        this.query = query;
    }

    static List<PplToken> tokenize(String query) throws QuerySyntaxException {
        return new PplLexer(query).all();
    }

    private List<PplToken> all() throws QuerySyntaxException {
        List<PplToken> tokens = new ArrayList<>();
        while (true) {
            skipWhitespace();
            if (pos >= query.length()) {
                tokens.add(new PplToken(Kind.END, "", "", pos, pos));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private void skipWhitespace() {
        while (pos < query.length() && Character.isWhitespace(query.charAt(pos))) {
            pos++;
        }
    }

    private PplToken next() throws QuerySyntaxException {
        char c = query.charAt(pos);
        if (isNameStart(c) || c == '`') {
            return name();
        }
        if (Character.isDigit(c)) {
            return number();
        }
        if (c == '\'' || c == '"') {
            return string(c);
        }
        if (c == '$') {
            return placeholder();
        }
        return symbol(c);
    }

    private PplToken name() throws QuerySyntaxException {
        int start = pos;
        StringBuilder value = new StringBuilder();
        namePart(value);
        while (pos + 1 < query.length() && query.charAt(pos) == '.'
                && (isNameStart(query.charAt(pos + 1)) || query.charAt(pos + 1) == '`'
                        || Character.isDigit(query.charAt(pos + 1)))) {
            pos++;
            value.append('.');
            namePart(value);
        }
        return new PplToken(Kind.NAME, query.substring(start, pos), value.toString(), start, pos);
    }

    private void namePart(StringBuilder value) throws QuerySyntaxException {
        if (query.charAt(pos) == '`') {
            int close = query.indexOf('`', pos + 1);
            if (close < 0) {
                throw new QuerySyntaxException("expected a closing '`' for the name starting here", pos);
            }
            value.append(query, pos + 1, close);
            pos = close + 1;
            return;
        }
        int start = pos;
        while (pos < query.length() && isNamePart(query.charAt(pos))) {
            pos++;
        }
        value.append(query, start, pos);
    }

    private PplToken number() {
        int start = pos;
        while (pos < query.length() && (Character.isDigit(query.charAt(pos)) || query.charAt(pos) == '.')) {
            pos++;
        }
        // A unit suffix makes a time interval: span(@timestamp, 5m)
        while (pos < query.length() && Character.isLetter(query.charAt(pos))) {
            pos++;
        }
        String text = query.substring(start, pos);
        return new PplToken(Kind.NUMBER, text, text, start, pos);
    }

    private PplToken string(char quote) throws QuerySyntaxException {
        int start = pos;
        StringBuilder value = new StringBuilder();
        pos++;
        while (pos < query.length() && query.charAt(pos) != quote) {
            if (query.charAt(pos) == '\\' && pos + 1 < query.length()) {
                pos++;
            }
            value.append(query.charAt(pos++));
        }
        if (pos >= query.length()) {
            throw new QuerySyntaxException("expected a closing " + quote + " for the string starting here", start);
        }
        pos++;
        return new PplToken(Kind.STRING, query.substring(start, pos), value.toString(), start, pos);
    }

    private PplToken placeholder() throws QuerySyntaxException {
        int start = pos++;
        if (pos < query.length() && query.charAt(pos) == '{') {
            int close = query.indexOf('}', pos);
            if (close < 0) {
                throw new QuerySyntaxException("expected '}' to close the template variable starting here", start);
            }
            pos = close + 1;
        } else {
            while (pos < query.length() && isNamePart(query.charAt(pos))) {
                pos++;
            }
            if (pos == start + 1) {
                throw new QuerySyntaxException("expected a template variable name after '$'", start);
            }
        }
        String text = query.substring(start, pos);
        return new PplToken(Kind.PLACEHOLDER, text, text, start, pos);
    }

    private PplToken symbol(char c) throws QuerySyntaxException {
        int start = pos;
        for (String two : TWO_CHAR_SYMBOLS) {
            if (query.startsWith(two, pos)) {
                pos += 2;
                return new PplToken(Kind.SYMBOL, two, two, start, pos);
            }
        }
        if (ONE_CHAR_SYMBOLS.indexOf(c) < 0) {
            throw new QuerySyntaxException("unexpected character '" + c + "'", pos);
        }
        pos++;
        String text = String.valueOf(c);
        return new PplToken(Kind.SYMBOL, text, text, start, pos);
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '@';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '@';
    }
}
