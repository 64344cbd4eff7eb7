package dev.otelint.gen;

import dev.otelint.report.BadInputException;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;

/**
 * One {@code key=value} flag in telemetrygen's syntax (--otlp-attributes, --telemetry-attributes,
 * --otlp-header): {@code true}/{@code false} is a bool, a whole number an int, anything else must be a string
 * in double quotes ({@code key="value"}).
 */
public final class AttributeFlag {
    private AttributeFlag() {}

    /** @param flag the flag's name, for the message */
    public static KeyValue parse(String flag, String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new BadInputException(flag + " " + text + ": value should be in one of the following formats: "
                    + "key=\"value\", key=true, key=false, or key=<integer>");
        }
        return KeyValue.newBuilder().setKey(text.substring(0, eq)).setValue(value(flag, text, text.substring(eq + 1)))
                .build();
    }

    private static AnyValue value(String flag, String text, String value) {
        if (value.equals("true") || value.equals("false")) {
            return AnyValue.newBuilder().setBoolValue(Boolean.parseBoolean(value)).build();
        }
        if (value.matches("[+-]?[0-9]+")) {
            try {
                return AnyValue.newBuilder().setIntValue(Long.parseLong(value)).build();
            } catch (NumberFormatException e) {
                throw new BadInputException(flag + " " + text + ": integer out of range");
            }
        }
        if (value.length() < 2 || !value.startsWith("\"") || !value.endsWith("\"")) {
            throw new BadInputException(flag + " " + text + ": value should be a string wrapped in double quotes "
                    + "(key=\"value\"; the shell may need them escaped: key=\\\"value\\\")");
        }
        return AnyValue.newBuilder().setStringValue(value.substring(1, value.length() - 1)).build();
    }

    /** A header's value as text: a quoted string without its quotes, a bool or number as written. */
    public static String headerValue(KeyValue header) {
        AnyValue v = header.getValue();
        return switch (v.getValueCase()) {
            case BOOL_VALUE -> String.valueOf(v.getBoolValue());
            case INT_VALUE -> String.valueOf(v.getIntValue());
            default -> v.getStringValue();
        };
    }
}
