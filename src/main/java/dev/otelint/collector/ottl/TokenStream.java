package dev.otelint.collector.ottl;

import java.util.List;

/** The tokens of one statement and the parser's position in them, with the parser's error messages. */
final class TokenStream {
    private final List<Token> tokens;
    private int pos;

    TokenStream(String text) {
        this.tokens = Lexer.tokens(text);
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token peekAt(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Token.Kind.END) {
            pos++;
        }
        return t;
    }

    /** Consumes the next token when it is {@code op}. */
    boolean accept(String op) {
        if (peek().is(op)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Steps back over the token just read (the parser looks one identifier ahead). */
    void back() {
        pos--;
    }

    int mark() {
        return pos;
    }

    void reset(int mark) {
        pos = mark;
    }

    void expect(String op) {
        Token t = next();
        if (!t.is(op)) {
            throw unexpected(t, "\"" + op + "\"");
        }
    }

    void expectEnd() {
        Token t = peek();
        if (t.kind() != Token.Kind.END) {
            throw unexpected(t, "end of statement");
        }
    }

    OttlException unexpected(Token t, String expected) {
        return new OttlException("unexpected token " + t.describe() + " (expected " + expected + ")", t.column());
    }
}
