package dev.otelint.collector.receiver.filelog.expr;

import dev.otelint.collector.receiver.filelog.entry.Entry;
import dev.otelint.collector.receiver.filelog.entry.Field;
import java.util.Objects;
import java.util.regex.Pattern;

/** A node of a parsed expression; evaluates to a value (null for expr-lang's nil). */
sealed interface Expr {
    Object eval(Entry entry);

    record Literal(Object value) implements Expr {
        public Object eval(Entry entry) {
            return value;
        }
    }

    record Path(Field field) implements Expr {
        public Object eval(Entry entry) {
            Object v = field.get(entry);
            return v == Field.MISSING ? null : v;
        }
    }

    record Not(Expr operand) implements Expr {
        public Object eval(Entry entry) {
            return !truth(operand.eval(entry));
        }
    }

    record Logical(boolean and, Expr left, Expr right) implements Expr {
        public Object eval(Entry entry) {
            boolean l = truth(left.eval(entry));
            return and ? l && truth(right.eval(entry)) : l || truth(right.eval(entry));
        }
    }

    /** ==, !=, <, <=, >, >=, contains, startsWith, endsWith. */
    record Compare(String op, Expr left, Expr right) implements Expr {
        public Object eval(Entry entry) {
            Object l = left.eval(entry);
            Object r = right.eval(entry);
            return switch (op) {
                case "==" -> equal(l, r);
                case "!=" -> !equal(l, r);
                case "contains" -> l instanceof String a && r instanceof String b && a.contains(b);
                case "startsWith" -> l instanceof String a && r instanceof String b && a.startsWith(b);
                case "endsWith" -> l instanceof String a && r instanceof String b && a.endsWith(b);
                default -> order(op, l, r);
            };
        }

        private static boolean equal(Object l, Object r) {
            if (l instanceof Number a && r instanceof Number b) {
                return a.doubleValue() == b.doubleValue();
            }
            return Objects.equals(l, r);
        }

        private static boolean order(String op, Object l, Object r) {
            int c;
            if (l instanceof Number a && r instanceof Number b) {
                c = Double.compare(a.doubleValue(), b.doubleValue());
            } else if (l instanceof String a && r instanceof String b) {
                c = a.compareTo(b);
            } else {
                return false; // expr-lang fails at run time; the condition does not hold
            }
            return switch (op) {
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            };
        }
    }

    record Matches(Expr left, Pattern pattern) implements Expr {
        public Object eval(Entry entry) {
            return left.eval(entry) instanceof String s && pattern.matcher(s).find();
        }
    }

    static boolean truth(Object value) {
        return Boolean.TRUE.equals(value);
    }
}
