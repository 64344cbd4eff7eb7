package dev.otelint.assets.query;

import dev.otelint.assets.query.PplToken.Kind;
import java.util.List;

/** A cursor over the tokens of one PPL query, with the accept/expect helpers the parsers share. */
final class PplTokens {
    private final String source;
    private final List<PplToken> tokens;
    private int index;

    PplTokens(String source) throws QuerySyntaxException {
        this.source = source;
        this.tokens = PplLexer.tokenize(source);
    }

    /** The query text the tokens were read from. */
    String source() {
        return source;
    }

    PplToken peek() {
        return tokens.get(index);
    }

    PplToken peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    PplToken next() {
        PplToken token = tokens.get(index);
        if (token.kind() != Kind.END) {
            index++;
        }
        return token;
    }

    /** The token consumed last (the query start when nothing was consumed). */
    PplToken previous() {
        return tokens.get(Math.max(index - 1, 0));
    }

    boolean atEnd() {
        return peek().kind() == Kind.END;
    }

    boolean acceptKeyword(String keyword) {
        if (peek().isKeyword(keyword)) {
            index++;
            return true;
        }
        return false;
    }

    boolean acceptSymbol(String symbol) {
        if (peek().isSymbol(symbol)) {
            index++;
            return true;
        }
        return false;
    }

    void expectKeyword(String keyword, String after) throws QuerySyntaxException {
        if (!acceptKeyword(keyword)) {
            throw error("expected '" + keyword + "' " + after);
        }
    }

    void expectSymbol(String symbol, String after) throws QuerySyntaxException {
        if (!acceptSymbol(symbol)) {
            throw error("expected '" + symbol + "' " + after);
        }
    }

    PplToken expectName(String what) throws QuerySyntaxException {
        if (peek().kind() != Kind.NAME) {
            throw error("expected " + what);
        }
        return next();
    }

    PplToken expectNumber(String what) throws QuerySyntaxException {
        if (peek().kind() != Kind.NUMBER) {
            throw error("expected " + what);
        }
        return next();
    }

    /** A literal option value: string, number, name (true, false, ...) or template variable. */
    PplToken expectValue(String what) throws QuerySyntaxException {
        Kind kind = peek().kind();
        if (kind == Kind.END || kind == Kind.SYMBOL) {
            throw error("expected " + what);
        }
        return next();
    }

    /** True when the next tokens are {@code name =}, the form of a command option such as {@code keepempty=true}. */
    boolean atOption() {
        return peek().kind() == Kind.NAME && !peek().text().startsWith("`") && peek(1).isSymbol("=");
    }

    /** Reads {@code name=value} options; returns the value of {@code wanted}, or {@code absent}. */
    String options(String wanted, String absent) throws QuerySyntaxException {
        String found = absent;
        while (atOption()) {
            PplToken option = next();
            next();
            PplToken value = expectValue("a value for '" + option.text() + "'");
            if (option.isKeyword(wanted)) {
                found = value.value();
            }
        }
        return found;
    }

    /** An error at the next token: "expected X but found Y". */
    QuerySyntaxException error(String expected) {
        return new QuerySyntaxException(expected + " but found " + peek().describe(), peek().start());
    }
}
