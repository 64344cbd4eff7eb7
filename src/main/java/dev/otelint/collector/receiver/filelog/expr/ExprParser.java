package dev.otelint.collector.receiver.filelog.expr;

import dev.otelint.collector.receiver.filelog.entry.Field;
import dev.otelint.collector.receiver.filelog.expr.ExprLexer.Kind;
import dev.otelint.collector.receiver.filelog.expr.ExprLexer.Token;
import java.util.List;
import java.util.Set;

/**
 * Parses the expr-lang subset stanza configs use in {@code if} and router {@code expr}: {@code body},
 * {@code attributes}, {@code resource} with {@code .key} / {@code ["key"]}, string, number, bool and
 * {@code nil} literals, {@code == != < <= > >=}, {@code matches}, {@code contains}, {@code startsWith},
 * {@code endsWith}, {@code and}/{@code &&}, {@code or}/{@code ||}, {@code not}/{@code !} and parentheses.
 * Anything else is refused with the construct and its column, never guessed.
 */
public final class ExprParser {
    private static final Set<String> ROOTS = Set.of("body", "attributes", "resource");
    private static final Set<String> WORD_OPERATORS = Set.of("matches", "contains", "startsWith", "endsWith");
    private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", "<=", ">", ">=");

    private final List<Token> tokens;
    private int at;

    private ExprParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Compiles an expression; throws IllegalArgumentException naming what is not supported. */
    public static Condition parse(String source) {
        ExprParser p = new ExprParser(ExprLexer.tokens(source));
        Expr expr = p.or();
        if (p.peek().kind() != Kind.END) {
            throw p.unsupported(p.peek());
        }
        return entry -> Expr.truth(expr.eval(entry));
    }

    private Expr or() {
        Expr left = and();
        while (isWord("or") || isOp("||")) {
            at++;
            left = new Expr.Logical(false, left, and());
        }
        return left;
    }

    private Expr and() {
        Expr left = not();
        while (isWord("and") || isOp("&&")) {
            at++;
            left = new Expr.Logical(true, left, not());
        }
        return left;
    }

    private Expr not() {
        if (isWord("not") || isOp("!")) {
            at++;
            return new Expr.Not(not());
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = operand();
        Token t = peek();
        if (t.kind() == Kind.OP && COMPARISONS.contains(t.text())) {
            at++;
            return new Expr.Compare(t.text(), left, operand());
        }
        if (t.kind() == Kind.IDENT && WORD_OPERATORS.contains(t.text())) {
            at++;
            Expr right = operand();
            if (!t.text().equals("matches")) {
                return new Expr.Compare(t.text(), left, right);
            }
            if (!(right instanceof Expr.Literal lit && lit.value() instanceof String regex)) {
                throw new IllegalArgumentException("'matches' needs a string literal pattern (column " + t.column() + ")");
            }
            return new Expr.Matches(left, GoRegex.compile(regex).pattern());
        }
        return left;
    }

    private Expr operand() {
        Token t = tokens.get(at++);
        switch (t.kind()) {
            case STRING:
                return new Expr.Literal(t.text());
            case NUMBER:
                return new Expr.Literal(t.text().contains(".") ? (Object) Double.parseDouble(t.text())
                        : (Object) Long.parseLong(t.text()));
            case LPAREN: {
                Expr inner = or();
                expect(Kind.RPAREN, ")");
                return inner;
            }
            case IDENT:
                return identifier(t);
            default:
                throw unsupported(t);
        }
    }

    private Expr identifier(Token t) {
        switch (t.text()) {
            case "nil":
                return new Expr.Literal(null);
            case "true":
                return new Expr.Literal(true);
            case "false":
                return new Expr.Literal(false);
            default:
                break;
        }
        if (peek().kind() == Kind.LPAREN) {
            throw new IllegalArgumentException("unsupported expression construct: function call '" + t.text()
                    + "()' at column " + t.column());
        }
        if (!ROOTS.contains(t.text())) {
            throw new IllegalArgumentException("unsupported expression construct: unknown name '" + t.text()
                    + "' at column " + t.column() + " (otelint knows body, attributes, resource)");
        }
        StringBuilder field = new StringBuilder(t.text());
        while (peek().kind() == Kind.DOT || peek().kind() == Kind.LBRACK) {
            if (tokens.get(at++).kind() == Kind.DOT) {
                field.append('.').append(expect(Kind.IDENT, "a key after '.'").text());
            } else {
                String key = expect(Kind.STRING, "a quoted key inside [ ]").text();
                expect(Kind.RBRACK, "]");
                field.append("[\"").append(key).append("\"]");
            }
        }
        return new Expr.Path(Field.parse(field.toString()));
    }

    private Token expect(Kind kind, String what) {
        Token t = tokens.get(at);
        if (t.kind() != kind) {
            throw new IllegalArgumentException("expected " + what + " at column " + t.column()
                    + (t.kind() == Kind.END ? " (end of expression)" : ", found '" + t.text() + "'"));
        }
        at++;
        return t;
    }

    private Token peek() {
        return tokens.get(at);
    }

    private boolean isWord(String word) {
        return peek().kind() == Kind.IDENT && peek().text().equals(word);
    }

    private boolean isOp(String op) {
        return peek().kind() == Kind.OP && peek().text().equals(op);
    }

    private IllegalArgumentException unsupported(Token t) {
        if (t.kind() == Kind.END) {
            return new IllegalArgumentException("unexpected end of expression");
        }
        return new IllegalArgumentException("unsupported expression construct '" + t.text() + "' at column "
                + t.column());
    }
}
