package dev.otelint.collector.processor.attributes;

import dev.otelint.records.AnyValues;
import io.opentelemetry.proto.common.v1.AnyValue;

/** Attribute values from config, and the convert action's rules (attraction's type_converter). */
final class ConfigValues {
    private ConfigValues() {}

    /** A YAML scalar as pcommon.Value.FromRaw types it: string, int64, float64 or bool. */
    static AnyValue toAnyValue(Object raw) {
        AnyValue.Builder b = AnyValue.newBuilder();
        if (raw instanceof Long n) {
            return b.setIntValue(n).build();
        }
        if (raw instanceof Double d) {
            return b.setDoubleValue(d).build();
        }
        if (raw instanceof Boolean bool) {
            return b.setBoolValue(bool).build();
        }
        return b.setStringValue(String.valueOf(raw)).build();
    }

    /** The value converted to string, int or double; a value that cannot be converted is left as it is. */
    static AnyValue convert(AnyValue v, String to) {
        AnyValue.Builder b = AnyValue.newBuilder();
        return switch (to) {
            case "string" -> v.hasStringValue() ? v : b.setStringValue(AnyValues.asString(v)).build();
            case "int" -> switch (v.getValueCase()) {
                case DOUBLE_VALUE -> b.setIntValue((long) v.getDoubleValue()).build();
                case BOOL_VALUE -> b.setIntValue(v.getBoolValue() ? 1 : 0).build();
                case STRING_VALUE -> parseInt(v);
                default -> v;
            };
            case "double" -> switch (v.getValueCase()) {
                case INT_VALUE -> b.setDoubleValue(v.getIntValue()).build();
                case BOOL_VALUE -> b.setDoubleValue(v.getBoolValue() ? 1 : 0).build();
                case STRING_VALUE -> parseDouble(v);
                default -> v;
            };
            default -> v;
        };
    }

    private static AnyValue parseInt(AnyValue v) {
        try {
            // strconv.ParseInt(s, 10, 64): an optional sign and decimal digits only
            return AnyValue.newBuilder().setIntValue(Long.parseLong(v.getStringValue())).build();
        } catch (NumberFormatException e) {
            return v;
        }
    }

    private static AnyValue parseDouble(AnyValue v) {
        String s = v.getStringValue();
        if (s.isEmpty() || !s.strip().equals(s) || s.endsWith("d") || s.endsWith("D") || s.endsWith("f")
                || s.endsWith("F")) {
            return v; // Java accepts these suffixes and spaces, strconv.ParseFloat does not
        }
        try {
            return AnyValue.newBuilder().setDoubleValue(Double.parseDouble(s)).build();
        } catch (NumberFormatException e) {
            return v;
        }
    }
}
