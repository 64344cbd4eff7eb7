package dev.otelint.collector.ottl;

import com.google.protobuf.ByteString;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A recursive-descent parser for OTTL's grammar (pkg/ottl grammar.go): a statement is one editor call with
 * an optional {@code where} boolean expression; or binds looser than and, not applies to one value;
 * editors start with a lowercase letter, converters with an uppercase one, enums are uppercase symbols.
 * Errors carry the column of the token they are about.
 */
final class Parser {
    private static final List<String> COMPARISONS = List.of("==", "!=", "<=", ">=", "<", ">");
    private final List<Token> tokens;
    private int pos;

    private Parser(String text) {
        this.tokens = Lexer.tokens(text);
    }

    static Ast.Statement statement(String text) {
        Parser p = new Parser(text);
        Token first = p.peek();
        if (first.kind() != Token.Kind.IDENT || !p.peekAt(1).is("(")) {
            throw p.unexpected(first, "an editor call such as set(...)");
        }
        Ast.Call editor = p.call();
        if (!Character.isLowerCase(editor.name().charAt(0))) {
            throw new OttlException("editor names must start with a lowercase letter but got '" + editor.name() + "'",
                    editor.column());
        }
        if (!editor.keys().isEmpty()) {
            throw new OttlException("an editor's result cannot be indexed", editor.keys().get(0).column());
        }
        Ast.Bool where = null;
        if (p.peek().is("where")) {
            p.pos++;
            where = p.or();
        }
        p.expectEnd();
        return new Ast.Statement(editor, where);
    }

    static Ast.Bool condition(String text) {
        Parser p = new Parser(text);
        Ast.Bool b = p.or();
        p.expectEnd();
        return b;
    }

    private Ast.Bool or() {
        List<Ast.Bool> terms = new ArrayList<>(List.of(and()));
        while (peek().is("or")) {
            pos++;
            terms.add(and());
        }
        return terms.size() == 1 ? terms.get(0) : new Ast.Or(terms);
    }

    private Ast.Bool and() {
        List<Ast.Bool> terms = new ArrayList<>(List.of(boolValue()));
        while (peek().is("and")) {
            pos++;
            terms.add(boolValue());
        }
        return terms.size() == 1 ? terms.get(0) : new Ast.And(terms);
    }

    private Ast.Bool boolValue() {
        if (peek().is("not")) {
            pos++;
            return new Ast.Not(boolValue());
        }
        if (peek().is("(")) {
            Ast.Bool grouped = groupedOrNull();
            if (grouped != null) {
                return grouped;
            }
        }
        Token start = peek();
        Ast.Value left = value();
        Token op = peek();
        if (op.kind() == Token.Kind.OP && COMPARISONS.contains(op.text())) {
            pos++;
            return new Ast.Comparison(left, op.text(), value(), op.column());
        }
        if (left instanceof Ast.Literal l && l.value() instanceof Boolean b) {
            return new Ast.BoolConst(b);
        }
        if (left instanceof Ast.Call c) {
            return new Ast.BoolCall(c);
        }
        throw unexpected(op, "a comparison operator (==, !=, <, <=, >, >=) after " + start.describe());
    }

    // "(" opens a boolean group, or a math expression on the left of a comparison: try the group first
    private Ast.Bool groupedOrNull() {
        int mark = pos;
        try {
            pos++;
            Ast.Bool inner = or();
            expect(")");
            Token next = peek();
            boolean continues = next.kind() == Token.Kind.OP
                    && (COMPARISONS.contains(next.text()) || "+-*/".contains(next.text()));
            if (!continues) {
                return inner;
            }
        } catch (OttlException e) {
            // not a boolean group; parsed again as a comparison below
        }
        pos = mark;
        return null;
    }

    // OTTL's math: * and / bind tighter than + and -, all left-associative
    private Ast.Value value() {
        Ast.Value left = term();
        while (peek().is("+") || peek().is("-")) {
            Token op = next();
            left = new Ast.MathOp(left, op.text(), term(), op.column());
        }
        return left;
    }

    private Ast.Value term() {
        Ast.Value left = factor();
        while (peek().is("*") || peek().is("/")) {
            Token op = next();
            left = new Ast.MathOp(left, op.text(), factor(), op.column());
        }
        return left;
    }

    private Ast.Value factor() {
        Token t = peek();
        if (t.is("-") || t.is("+")) {
            pos++;
            Ast.Value operand = factor();
            if (t.is("+")) {
                return operand;
            }
            if (operand instanceof Ast.Literal l && l.value() instanceof Long n) {
                return new Ast.Literal(-n, t.column());
            }
            if (operand instanceof Ast.Literal l && l.value() instanceof Double d) {
                return new Ast.Literal(-d, t.column());
            }
            return new Ast.Negate(operand, t.column());
        }
        if (t.is("(")) {
            pos++;
            Ast.Value inner = value();
            expect(")");
            return inner;
        }
        return operand();
    }

    private Ast.Value operand() {
        Token t = next();
        return switch (t.kind()) {
            case STRING -> new Ast.Literal(t.text(), t.column());
            case INT -> new Ast.Literal(parseInt(t), t.column());
            case FLOAT -> new Ast.Literal(Double.parseDouble(t.text()), t.column());
            case BYTES -> new Ast.Literal(ByteString.copyFrom(HexFormat.of().parseHex(t.text().substring(2))), t.column());
            case IDENT -> identifier(t);
            case OP -> switch (t.text()) {
                case "[" -> list(t);
                case "{" -> map(t);
                default -> throw unexpected(t, "a value");
            };
            case END -> throw unexpected(t, "a value");
        };
    }

    private Ast.Value identifier(Token t) {
        switch (t.text()) {
            case "nil":
                return new Ast.Literal(null, t.column());
            case "true", "false":
                return new Ast.Literal(Boolean.valueOf(t.text()), t.column());
            default:
                break;
        }
        if (peek().is("(")) {
            pos--;
            Ast.Call call = call();
            if (!Character.isUpperCase(call.name().charAt(0))) {
                throw new OttlException("converter names must start with an uppercase letter but got '"
                        + call.name() + "'", call.column());
            }
            return call;
        }
        if (Character.isUpperCase(t.text().charAt(0))) {
            return new Ast.EnumSymbol(t.text(), t.column());
        }
        pos--;
        return path();
    }

    private Ast.Path path() {
        List<Ast.Segment> segments = new ArrayList<>();
        int column = peek().column();
        do {
            Token name = next();
            if (name.kind() != Token.Kind.IDENT) {
                throw unexpected(name, "a path segment name");
            }
            segments.add(new Ast.Segment(name.text(), keys(), name.column()));
        } while (peek().is(".") && pos++ >= 0);
        return new Ast.Path(segments, column);
    }

    private List<Ast.Value> keys() {
        List<Ast.Value> keys = new ArrayList<>();
        while (peek().is("[")) {
            pos++;
            Token t = peek();
            Ast.Value key = operand();
            boolean literalKey = key instanceof Ast.Literal l && (l.value() instanceof String || l.value() instanceof Long);
            if (!literalKey && !(key instanceof Ast.Path) && !(key instanceof Ast.Call)) {
                throw new OttlException("a key must be a string or an int, a path or a converter", t.column());
            }
            keys.add(key);
            expect("]");
        }
        return keys;
    }

    private Ast.Call call() {
        Token name = next();
        expect("(");
        List<Ast.Argument> args = new ArrayList<>();
        if (!peek().is(")")) {
            do {
                args.add(argument());
            } while (peek().is(",") && pos++ >= 0);
        }
        expect(")");
        return new Ast.Call(name.text(), args, keys(), name.column());
    }

    private Ast.Argument argument() {
        Token t = peek();
        if (t.kind() == Token.Kind.IDENT && peekAt(1).is("=")) {
            pos += 2;
            return new Ast.Argument(t.text(), value(), t.column());
        }
        return new Ast.Argument(null, value(), t.column());
    }

    private Ast.Value list(Token open) {
        List<Ast.Value> items = new ArrayList<>();
        if (!peek().is("]")) {
            do {
                items.add(value());
            } while (peek().is(",") && pos++ >= 0);
        }
        expect("]");
        return new Ast.ListValue(items, open.column());
    }

    private Ast.Value map(Token open) {
        List<Ast.Entry> entries = new ArrayList<>();
        if (!peek().is("}")) {
            do {
                Token key = next();
                if (key.kind() != Token.Kind.STRING) {
                    throw unexpected(key, "a string key");
                }
                expect(":");
                entries.add(new Ast.Entry(key.text(), value()));
            } while (peek().is(",") && pos++ >= 0);
        }
        expect("}");
        return new Ast.MapValue(entries, open.column());
    }

    private Long parseInt(Token t) {
        try {
            return Long.parseLong(t.text());
        } catch (NumberFormatException e) {
            throw new OttlException("integer " + t.text() + " is out of range for int64", t.column());
        }
    }

    private void expect(String op) {
        Token t = next();
        if (!t.is(op)) {
            throw unexpected(t, "\"" + op + "\"");
        }
    }

    private void expectEnd() {
        Token t = peek();
        if (t.kind() != Token.Kind.END) {
            throw unexpected(t, "end of statement");
        }
    }

    private OttlException unexpected(Token t, String expected) {
        return new OttlException("unexpected token " + t.describe() + " (expected " + expected + ")", t.column());
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token peekAt(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Token.Kind.END) {
            pos++;
        }
        return t;
    }
}
