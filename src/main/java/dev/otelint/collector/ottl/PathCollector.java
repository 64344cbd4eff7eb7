package dev.otelint.collector.ottl;

import java.util.List;

/** Every path a statement uses, in arguments, keys, lists, maps and its where clause. */
final class PathCollector {
    private PathCollector() {}

    static void collect(Ast.Bool condition, List<Ast.Path> out) {
        bool(condition, out);
    }

    static void collect(Ast.Statement s, List<Ast.Path> out) {
        value(s.editor(), out);
        if (s.where() != null) {
            bool(s.where(), out);
        }
    }

    private static void bool(Ast.Bool b, List<Ast.Path> out) {
        if (b instanceof Ast.Or or) {
            or.terms().forEach(t -> bool(t, out));
        } else if (b instanceof Ast.And and) {
            and.terms().forEach(t -> bool(t, out));
        } else if (b instanceof Ast.Not not) {
            bool(not.operand(), out);
        } else if (b instanceof Ast.Comparison c) {
            value(c.left(), out);
            value(c.right(), out);
        } else if (b instanceof Ast.BoolCall c) {
            value(c.call(), out);
        }
    }

    private static void value(Ast.Value v, List<Ast.Path> out) {
        if (v instanceof Ast.Path p) {
            out.add(p);
            p.segments().forEach(s -> s.keys().forEach(k -> value(k, out)));
        } else if (v instanceof Ast.Call c) {
            c.args().forEach(a -> value(a.value(), out));
            c.keys().forEach(k -> value(k, out));
        } else if (v instanceof Ast.ListValue l) {
            l.items().forEach(i -> value(i, out));
        } else if (v instanceof Ast.MapValue m) {
            m.entries().forEach(e -> value(e.value(), out));
        } else if (v instanceof Ast.MathOp m) {
            value(m.left(), out);
            value(m.right(), out);
        } else if (v instanceof Ast.Negate n) {
            value(n.operand(), out);
        }
    }
}
