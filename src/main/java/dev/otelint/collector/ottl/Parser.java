package dev.otelint.collector.ottl;

import java.util.ArrayList;
import java.util.List;

/**
 * A recursive-descent parser for OTTL's grammar (pkg/ottl grammar.go): a statement is one editor call with
 * an optional {@code where} boolean expression; or binds looser than and, not applies to one value;
 * editors start with a lowercase letter, converters with an uppercase one, enums are uppercase symbols.
 * Errors carry the column of the token they are about.
 */
final class Parser {
    private static final List<String> COMPARISONS = List.of("==", "!=", "<=", ">=", "<", ">");
    private final TokenStream tokens;
    private final ValueParser values;

    private Parser(String text) {
        this.tokens = new TokenStream(text);
        this.values = new ValueParser(tokens);
    }

    static Ast.Statement statement(String text) {
        Parser p = new Parser(text);
        Token first = p.tokens.peek();
        if (first.kind() != Token.Kind.IDENT || !p.tokens.peekAt(1).is("(")) {
            throw p.tokens.unexpected(first, "an editor call such as set(...)");
        }
        Ast.Call editor = p.values.call();
        if (!Character.isLowerCase(editor.name().charAt(0))) {
            throw new OttlException("editor names must start with a lowercase letter but got '" + editor.name() + "'",
                    editor.column());
        }
        if (!editor.keys().isEmpty()) {
            throw new OttlException("an editor's result cannot be indexed", editor.keys().get(0).column());
        }
        Ast.Bool where = null;
        if (p.tokens.accept("where")) {
            where = p.or();
        }
        p.tokens.expectEnd();
        return new Ast.Statement(editor, where);
    }

    static Ast.Bool condition(String text) {
        Parser p = new Parser(text);
        Ast.Bool b = p.or();
        p.tokens.expectEnd();
        return b;
    }

    private Ast.Bool or() {
        List<Ast.Bool> terms = new ArrayList<>(List.of(and()));
        while (tokens.accept("or")) {
            terms.add(and());
        }
        return terms.size() == 1 ? terms.get(0) : new Ast.Or(terms);
    }

    private Ast.Bool and() {
        List<Ast.Bool> terms = new ArrayList<>(List.of(boolValue()));
        while (tokens.accept("and")) {
            terms.add(boolValue());
        }
        return terms.size() == 1 ? terms.get(0) : new Ast.And(terms);
    }

    private Ast.Bool boolValue() {
        if (tokens.accept("not")) {
            return new Ast.Not(boolValue());
        }
        if (tokens.peek().is("(")) {
            Ast.Bool grouped = groupedOrNull();
            if (grouped != null) {
                return grouped;
            }
        }
        Token start = tokens.peek();
        Ast.Value left = values.value();
        Token op = tokens.peek();
        if (op.kind() == Token.Kind.OP && COMPARISONS.contains(op.text())) {
            tokens.next();
            return new Ast.Comparison(left, op.text(), values.value(), op.column());
        }
        if (left instanceof Ast.Literal l && l.value() instanceof Boolean b) {
            return new Ast.BoolConst(b);
        }
        if (left instanceof Ast.Call c) {
            return new Ast.BoolCall(c);
        }
        throw tokens.unexpected(op, "a comparison operator (==, !=, <, <=, >, >=) after " + start.describe());
    }

    // "(" opens a boolean group, or a math expression on the left of a comparison: try the group first
    private Ast.Bool groupedOrNull() {
        int mark = tokens.mark();
        try {
            tokens.next();
            Ast.Bool inner = or();
            tokens.expect(")");
            Token next = tokens.peek();
            boolean continues = next.kind() == Token.Kind.OP
                    && (COMPARISONS.contains(next.text()) || "+-*/".contains(next.text()));
            if (!continues) {
                return inner;
            }
        } catch (OttlException e) {
            // not a boolean group; parsed again as a comparison below
        }
        tokens.reset(mark);
        return null;
    }
}
