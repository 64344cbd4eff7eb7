package dev.otelint.collector.ottl;

import java.util.List;

/** The syntax tree of a statement or condition, as OTTL's grammar defines it; every node keeps its column. */
final class Ast {
    private Ast() {}

    /** A value: literal, path, converter call, list or map. */
    sealed interface Value permits Literal, EnumSymbol, Path, Call, ListValue, MapValue, MathOp, Negate {
        int column();
    }

    /** A string, int (Long), float (Double), bool, nil (null) or bytes (ByteString) literal, or an enum's number. */
    record Literal(Object value, int column) implements Value {}

    /** An arithmetic operation: + - * / on int64 and float64 values. */
    record MathOp(Value left, String op, Value right, int column) implements Value {}

    /** A unary minus on a value that is not a number literal (those are folded into the literal). */
    record Negate(Value operand, int column) implements Value {}

    /** An uppercase symbol such as SPAN_KIND_SERVER; its value depends on the context (compiled, not parsed). */
    record EnumSymbol(String name, int column) implements Value {}

    /** A path segment: its name and the keys after it ({@code attributes["a"][0]}). */
    record Segment(String name, List<Value> keys, int column) {}

    record Path(List<Segment> segments, int column) implements Value {
        String text() {
            StringBuilder sb = new StringBuilder();
            for (Segment s : segments) {
                sb.append(sb.isEmpty() ? "" : ".").append(s.name());
            }
            return sb.toString();
        }
    }

    /** An editor or converter call; {@code keys} index a converter's result. */
    record Call(String name, List<Argument> args, List<Value> keys, int column) implements Value {}

    /** A positional ({@code name} null) or named argument. */
    record Argument(String name, Value value, int column) {}

    record ListValue(List<Value> items, int column) implements Value {}

    record MapValue(List<Entry> entries, int column) implements Value {}

    record Entry(String key, Value value) {}

    /** A boolean expression: or, and, not, comparisons, true/false and converters that return a bool. */
    sealed interface Bool permits Or, And, Not, Comparison, BoolConst, BoolCall {}

    record Or(List<Bool> terms) implements Bool {}

    record And(List<Bool> terms) implements Bool {}

    record Not(Bool operand) implements Bool {}

    record Comparison(Value left, String op, Value right, int column) implements Bool {}

    record BoolConst(boolean value) implements Bool {}

    record BoolCall(Call call) implements Bool {}

    /** An editor call with an optional where clause (null when absent). */
    record Statement(Call editor, Bool where) {}
}
