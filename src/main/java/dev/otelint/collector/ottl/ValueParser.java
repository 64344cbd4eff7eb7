package dev.otelint.collector.ottl;

import com.google.protobuf.ByteString;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Parses OTTL values (grammar.go's value): literals, enum symbols, paths with keys, converter calls with
 * positional or named arguments, lists, maps, and math with * and / binding tighter than + and -.
 */
final class ValueParser {
    private final TokenStream tokens;

    ValueParser(TokenStream tokens) {
        this.tokens = tokens;
    }

    // OTTL's math: * and / bind tighter than + and -, all left-associative
    Ast.Value value() {
        return binary(() -> binary(this::factor, "*", "/"), "+", "-");
    }

    private Ast.Value binary(Supplier<Ast.Value> operand, String op1, String op2) {
        Ast.Value left = operand.get();
        while (tokens.peek().is(op1) || tokens.peek().is(op2)) {
            Token op = tokens.next();
            left = new Ast.MathOp(left, op.text(), operand.get(), op.column());
        }
        return left;
    }

    private Ast.Value factor() {
        Token t = tokens.peek();
        if (t.is("-") || t.is("+")) {
            tokens.next();
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
        if (tokens.accept("(")) {
            Ast.Value inner = value();
            tokens.expect(")");
            return inner;
        }
        return operand();
    }

    private Ast.Value operand() {
        Token t = tokens.next();
        return switch (t.kind()) {
            case STRING -> new Ast.Literal(t.text(), t.column());
            case INT -> new Ast.Literal(parseInt(t), t.column());
            case FLOAT -> new Ast.Literal(Double.parseDouble(t.text()), t.column());
            case BYTES -> new Ast.Literal(ByteString.copyFrom(HexFormat.of().parseHex(t.text().substring(2))), t.column());
            case IDENT -> identifier(t);
            case OP -> switch (t.text()) {
                case "[" -> list(t);
                case "{" -> map(t);
                default -> throw tokens.unexpected(t, "a value");
            };
            case END -> throw tokens.unexpected(t, "a value");
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
        if (tokens.peek().is("(")) {
            tokens.back();
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
        tokens.back();
        return path();
    }

    private Ast.Path path() {
        List<Ast.Segment> segments = new ArrayList<>();
        int column = tokens.peek().column();
        do {
            Token name = tokens.next();
            if (name.kind() != Token.Kind.IDENT) {
                throw tokens.unexpected(name, "a path segment name");
            }
            segments.add(new Ast.Segment(name.text(), keys(), name.column()));
        } while (tokens.accept("."));
        return new Ast.Path(segments, column);
    }

    private List<Ast.Value> keys() {
        List<Ast.Value> keys = new ArrayList<>();
        while (tokens.accept("[")) {
            Token t = tokens.peek();
            Ast.Value key = operand();
            boolean literalKey = key instanceof Ast.Literal l && (l.value() instanceof String || l.value() instanceof Long);
            if (!literalKey && !(key instanceof Ast.Path) && !(key instanceof Ast.Call)) {
                throw new OttlException("a key must be a string or an int, a path or a converter", t.column());
            }
            keys.add(key);
            tokens.expect("]");
        }
        return keys;
    }

    Ast.Call call() {
        Token name = tokens.next();
        tokens.expect("(");
        List<Ast.Argument> args = items(")", this::argument);
        return new Ast.Call(name.text(), args, keys(), name.column());
    }

    private Ast.Argument argument() {
        Token t = tokens.peek();
        if (t.kind() == Token.Kind.IDENT && tokens.peekAt(1).is("=")) {
            tokens.next();
            tokens.next();
            return new Ast.Argument(t.text(), value(), t.column());
        }
        return new Ast.Argument(null, value(), t.column());
    }

    private Ast.Value list(Token open) {
        return new Ast.ListValue(items("]", this::value), open.column());
    }

    private Ast.Value map(Token open) {
        return new Ast.MapValue(items("}", this::entry), open.column());
    }

    private Ast.Entry entry() {
        Token key = tokens.next();
        if (key.kind() != Token.Kind.STRING) {
            throw tokens.unexpected(key, "a string key");
        }
        tokens.expect(":");
        return new Ast.Entry(key.text(), value());
    }

    /** Comma-separated items up to {@code close}, which is consumed; there may be none. */
    private <T> List<T> items(String close, Supplier<T> item) {
        List<T> items = new ArrayList<>();
        if (!tokens.peek().is(close)) {
            do {
                items.add(item.get());
            } while (tokens.accept(","));
        }
        tokens.expect(close);
        return items;
    }

    private Long parseInt(Token t) {
        try {
            return Long.parseLong(t.text());
        } catch (NumberFormatException e) {
            throw new OttlException("integer " + t.text() + " is out of range for int64", t.column());
        }
    }
}
