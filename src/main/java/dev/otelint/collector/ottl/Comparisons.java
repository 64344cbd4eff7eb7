package dev.otelint.collector.ottl;

import com.google.protobuf.ByteString;

/**
 * OTTL's comparison rules (pkg/ottl compare.go): nil equals only nil; int64 and float64 compare as numbers;
 * strings, bools (false before true) and bytes compare by value; values of different types are never equal
 * and never ordered, so {@code <} between a string and an int is false, and {@code !=} is true.
 */
final class Comparisons {
    private Comparisons() {}

    static boolean compare(Object left, String op, Object right) {
        Integer order = order(left, right);
        if (order == null) {
            boolean equal = left == null ? right == null : left.equals(right);
            return switch (op) {
                case "==" -> equal;
                case "!=" -> !equal;
                default -> false;
            };
        }
        return switch (op) {
            case "==" -> order == 0;
            case "!=" -> order != 0;
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            case ">=" -> order >= 0;
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** The order of two comparable values, or null when OTTL does not order them. */
    private static Integer order(Object left, Object right) {
        if (left instanceof Long a && right instanceof Long b) {
            return Long.compare(a, b);
        }
        if (left instanceof Number a && right instanceof Number b) {
            double x = a.doubleValue();
            double y = b.doubleValue();
            return x < y ? -1 : x > y ? 1 : 0;
        }
        if (left instanceof String a && right instanceof String b) {
            return Integer.signum(a.compareTo(b));
        }
        if (left instanceof Boolean a && right instanceof Boolean b) {
            return Boolean.compare(a, b);
        }
        if (left instanceof ByteString a && right instanceof ByteString b) {
            return ByteString.unsignedLexicographicalComparator().compare(a, b);
        }
        return null;
    }
}
