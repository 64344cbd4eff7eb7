package dev.otelint.collector.component;

import dev.otelint.collector.config.ConfigScalar;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Converts a YAML scalar to a config field's type, with mapstructure's (strict) rules and messages. */
final class ScalarConversion {

    private ScalarConversion() {}

    static Object convert(ConfigScalar scalar, Class<?> type, boolean unsigned, String name) {
        Object value = scalar.value();
        if (type == String.class) {
            if (value instanceof String || scalar.expanded()) {
                return scalar.expanded() ? scalar.text() : value;
            }
            throw mismatch(name, "string", scalar);
        }
        if (type == Duration.class) {
            return duration(scalar, name);
        }
        if (type == boolean.class || type == Boolean.class) {
            if (value instanceof Boolean) {
                return value;
            }
            throw mismatch(name, "bool", scalar);
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return integer(scalar, type, unsigned, name);
        }
        if (type == double.class || type == Double.class) {
            if (value instanceof Number n) {
                return n.doubleValue();
            }
            throw mismatch(name, "float64", scalar);
        }
        if (type.isEnum()) {
            return enumValue(scalar, type, name);
        }
        throw new IllegalStateException("no conversion to " + type + " for '" + name + "'");
    }

    static String goType(Class<?> type, boolean unsigned) {
        if (type == int.class || type == Integer.class) {
            return unsigned ? "uint32" : "int";
        }
        if (type == long.class || type == Long.class) {
            return unsigned ? "uint64" : "int64";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "bool";
        }
        if (type == double.class || type == Double.class) {
            return "float64";
        }
        return type == Duration.class ? "time.Duration" : "string";
    }

    private static Object integer(ConfigScalar scalar, Class<?> type, boolean unsigned, String name) {
        long n;
        if (scalar.value() instanceof Long l) {
            n = l;
        } else if (scalar.value() instanceof Double d && !d.isNaN() && !d.isInfinite()) {
            n = (long) d.doubleValue(); // mapstructure truncates a float into an int field
        } else {
            throw mismatch(name, goType(type, unsigned), scalar);
        }
        String goType = goType(type, unsigned);
        boolean isInt = type == int.class || type == Integer.class;
        if (unsigned && n < 0 || isInt && (n > (unsigned ? 0xffffffffL : Integer.MAX_VALUE) || n < Integer.MIN_VALUE)) {
            throw new IllegalArgumentException("cannot parse '" + name + "', " + n + " overflows " + goType);
        }
        if (isInt && n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("cannot parse '" + name + "', " + n + " is too large for otelint");
        }
        return isInt ? (Object) (int) n : (Object) n;
    }

    private static Duration duration(ConfigScalar scalar, String name) {
        if (scalar.value() instanceof Long nanos) {
            return Duration.ofNanos(nanos); // time.Duration is an int64 of nanoseconds
        }
        if (!(scalar.value() instanceof String text)) {
            throw mismatch(name, "time.Duration", scalar);
        }
        try {
            return GoDuration.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("error decoding '" + name + "': " + e.getMessage());
        }
    }

    private static Object enumValue(ConfigScalar scalar, Class<?> type, String name) {
        List<String> names = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            String label = ((Enum<?>) constant).name().toLowerCase(Locale.ROOT);
            names.add(label);
            if (scalar.value() instanceof String s && label.equals(s.toLowerCase(Locale.ROOT))) {
                return constant;
            }
        }
        throw new IllegalArgumentException("'" + name + "' unsupported value \"" + scalar.text()
                + "\" (valid values: " + String.join(", ", names) + ")");
    }

    private static IllegalArgumentException mismatch(String name, String goType, ConfigScalar scalar) {
        return new IllegalArgumentException("'" + name + "' expected type '" + goType + "', got unconvertible type '"
                + scalar.goKind() + "', value: '" + scalar.text() + "'");
    }
}
