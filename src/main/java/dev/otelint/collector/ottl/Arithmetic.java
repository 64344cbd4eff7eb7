package dev.otelint.collector.ottl;

/**
 * OTTL's math on values (pkg/ottl math.go): int64 with int64 stays int64 (division truncates), a float64 on
 * either side makes the result float64, anything else is an error, and so is dividing by zero.
 */
final class Arithmetic {
    private Arithmetic() {}

    static Object apply(Object x, String op, Object y) {
        if (x instanceof Long a && y instanceof Long b) {
            return switch (op) {
                case "+" -> a + b;
                case "-" -> a - b;
                case "*" -> a * b;
                default -> {
                    if (b == 0) {
                        throw new OttlRuntimeException("attempted to divide by 0");
                    }
                    yield a / b;
                }
            };
        }
        double a = number(x);
        double b = number(y);
        return switch (op) {
            case "+" -> a + b;
            case "-" -> a - b;
            case "*" -> a * b;
            default -> {
                if (b == 0) {
                    throw new OttlRuntimeException("attempted to divide by 0");
                }
                yield a / b;
            }
        };
    }

    private static double number(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d) {
            return d;
        }
        throw new OttlRuntimeException(Values.stringLike(v) + " must be int64 or float64");
    }
}
