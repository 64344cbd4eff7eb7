package dev.otelint.validate.values;

import dev.otelint.records.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Numeric field types (OpenSearch NumberFieldMapper and ScaledFloatFieldMapper). The rules follow
 * how OpenSearch reads a number from the JSON token: integral JSON literals are range-checked as
 * Jackson does, decimal literals are truncated towards zero (or rejected with coerce:false), and
 * strings go through Long.parseLong/BigDecimal for long and unsigned_long but Double.parseDouble
 * for byte, short and integer (AbstractXContentParser), so " 12 " fits an integer but not a long.
 */
public final class NumberValues implements FieldType {

    /** The numeric mapping types. */
    public enum Kind {
        BYTE("byte", Byte.MIN_VALUE, Byte.MAX_VALUE),
        SHORT("short", Short.MIN_VALUE, Short.MAX_VALUE),
        INTEGER("integer", Integer.MIN_VALUE, Integer.MAX_VALUE),
        LONG("long", Long.MIN_VALUE, Long.MAX_VALUE),
        UNSIGNED_LONG("unsigned_long", 0, 0),
        HALF_FLOAT("half_float", 0, 0),
        FLOAT("float", 0, 0),
        DOUBLE("double", 0, 0),
        SCALED_FLOAT("scaled_float", 0, 0);

        final String typeName;
        final long min;
        final long max;

        Kind(String typeName, long min, long max) {
            this.typeName = typeName;
            this.min = min;
            this.max = max;
        }

        public String typeName() {
            return typeName;
        }

        /** Looks a kind up by mapping type name; null when not numeric. */
        public static Kind of(String typeName) {
            for (Kind k : values()) {
                if (k.typeName.equals(typeName)) {
                    return k;
                }
            }
            return null;
        }
    }

    private static final double TWO_POW_63 = 0x1p63;
    private static final float HALF_FLOAT_OVERFLOW = 65520f;
    private static final BigDecimal LONG_UPPER_EXCLUSIVE = BigDecimal.valueOf(Long.MAX_VALUE).add(BigDecimal.ONE);
    private static final BigDecimal LONG_LOWER_EXCLUSIVE = BigDecimal.valueOf(Long.MIN_VALUE).subtract(BigDecimal.ONE);
    private static final BigInteger UNSIGNED_LONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final BigDecimal UNSIGNED_UPPER_EXCLUSIVE = new BigDecimal(UNSIGNED_LONG_MAX).add(BigDecimal.ONE);
    private static final BigDecimal UNSIGNED_LOWER_EXCLUSIVE = BigDecimal.ONE.negate();

    private final Kind kind;
    private final boolean coerce;

    public NumberValues(Kind kind, boolean coerce) {
        this.kind = kind;
        this.coerce = coerce;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public String typeName() {
        return kind.typeName;
    }

    @Override
    public Outcome check(JsonValue value) {
        switch (value.kind()) {
            case NULL:
                return Outcome.OK;
            case STRING:
                return checkString(value.text());
            case INTEGER:
                return checkIntegralLiteral(value.text());
            case DECIMAL:
                return checkDecimalLiteral(value.text());
            case BOOLEAN:
                // Jackson: "Current token (VALUE_TRUE) not numeric", a parse error ignore_malformed drops
                return Outcome.MALFORMED;
            default:
                // NumberFieldMapper only ignores malformed value tokens, so an object is rejected even
                // with ignore_malformed; ScaledFloatFieldMapper ignores it too
                return kind == Kind.SCALED_FLOAT ? Outcome.MALFORMED : Outcome.REJECTED;
        }
    }

    private Outcome checkString(String text) {
        if (text.isEmpty() && coerce) {
            // NumberFieldMapper: an empty string with coerce is treated as null, so nothing is indexed
            return Outcome.COERCED;
        }
        if (!coerce) {
            // AbstractXContentParser.checkCoerceString: "<Type> value passed as String"
            return Outcome.MALFORMED;
        }
        Outcome parsed;
        switch (kind) {
            case LONG:
                parsed = stringToLong(text);
                break;
            case UNSIGNED_LONG:
                parsed = stringToUnsignedLong(text);
                break;
            case BYTE:
            case SHORT:
            case INTEGER:
                parsed = stringToSmallInteger(text);
                break;
            case HALF_FLOAT:
            case FLOAT:
                parsed = stringToFloat(text);
                break;
            default:
                parsed = stringToDouble(text);
                break;
        }
        return parsed == Outcome.OK ? Outcome.COERCED : parsed;
    }

    // Numbers.toLong: Long.parseLong, else BigDecimal with range checks, truncated toward zero
    private static Outcome stringToLong(String text) {
        if (NumberText.isLong(text)) {
            return Outcome.OK;
        }
        BigDecimal decimal = parseBigDecimal(text);
        if (decimal == null) {
            return Outcome.MALFORMED;
        }
        if (decimal.compareTo(LONG_UPPER_EXCLUSIVE) >= 0 || decimal.compareTo(LONG_LOWER_EXCLUSIVE) <= 0) {
            return Outcome.OUT_OF_RANGE;
        }
        return Outcome.OK;
    }

    // Numbers.toUnsignedLong: BigDecimal only, (-1, 2^64) exclusive, truncated toward zero
    private static Outcome stringToUnsignedLong(String text) {
        BigDecimal decimal = parseBigDecimal(text);
        if (decimal == null) {
            return Outcome.MALFORMED;
        }
        if (decimal.compareTo(UNSIGNED_UPPER_EXCLUSIVE) >= 0 || decimal.compareTo(UNSIGNED_LOWER_EXCLUSIVE) <= 0) {
            return Outcome.OUT_OF_RANGE;
        }
        return Outcome.OK;
    }

    // AbstractXContentParser.intValue/shortValue on a string: Double.parseDouble, range-checked as a double
    private Outcome stringToSmallInteger(String text) {
        if (!NumberText.isDouble(text)) {
            return Outcome.MALFORMED;
        }
        double d = Double.parseDouble(text);
        long rangeMin = kind == Kind.SHORT ? Short.MIN_VALUE : Integer.MIN_VALUE;
        long rangeMax = kind == Kind.SHORT ? Short.MAX_VALUE : Integer.MAX_VALUE;
        if (d < rangeMin || d > rangeMax) {
            return Outcome.OUT_OF_RANGE;
        }
        // NaN passes the comparisons above and becomes 0, as in OpenSearch
        return byteRange((int) d);
    }

    private Outcome byteRange(int value) {
        if (kind == Kind.BYTE && (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE)) {
            return Outcome.OUT_OF_RANGE;
        }
        return Outcome.OK;
    }

    private Outcome checkIntegralLiteral(String literal) {
        switch (kind) {
            case LONG:
            case INTEGER:
            case SHORT:
            case BYTE: {
                // Jackson getIntValue/getLongValue: out of range literals are an InputCoercionException
                if (!NumberText.isLong(literal)) {
                    return Outcome.OUT_OF_RANGE;
                }
                long v = Long.parseLong(literal);
                long intMin = kind == Kind.LONG ? Long.MIN_VALUE : Integer.MIN_VALUE;
                long intMax = kind == Kind.LONG ? Long.MAX_VALUE : Integer.MAX_VALUE;
                if (v < intMin || v > intMax || v < kind.min || v > kind.max) {
                    return Outcome.OUT_OF_RANGE;
                }
                return Outcome.OK;
            }
            case UNSIGNED_LONG: {
                // the range of a JSON number is checked after ignore_malformed's reach
                BigInteger v = new BigInteger(literal);
                return v.signum() < 0 || v.compareTo(UNSIGNED_LONG_MAX) > 0 ? Outcome.RANGE_REJECTED : Outcome.OK;
            }
            case HALF_FLOAT:
            case FLOAT:
                return floatOutcome(Float.parseFloat(literal));
            default:
                return doubleOutcome(Double.parseDouble(literal));
        }
    }

    private Outcome checkDecimalLiteral(String literal) {
        switch (kind) {
            case LONG:
            case INTEGER:
            case SHORT:
            case BYTE:
                return decimalToInteger(Double.parseDouble(literal));
            case UNSIGNED_LONG:
                return decimalToUnsignedLong(literal);
            case HALF_FLOAT:
            case FLOAT:
                return floatOutcome(Float.parseFloat(literal));
            default:
                return doubleOutcome(Double.parseDouble(literal));
        }
    }

    // Jackson converts a decimal to int/long by range check on the double, then a (long) cast
    private Outcome decimalToInteger(double d) {
        double min = kind == Kind.LONG ? -TWO_POW_63 : Integer.MIN_VALUE;
        double max = kind == Kind.LONG ? TWO_POW_63 : Integer.MAX_VALUE;
        if (d < min || d > max) {
            return Outcome.OUT_OF_RANGE;
        }
        long truncated = (long) d;
        if (kind == Kind.SHORT && (truncated < Short.MIN_VALUE || truncated > Short.MAX_VALUE)) {
            return Outcome.OUT_OF_RANGE;
        }
        Outcome range = byteRange((int) truncated);
        if (range != Outcome.OK) {
            return range;
        }
        if ((double) truncated == d) {
            return Outcome.OK;
        }
        // ensureNumberConversion: "<d> cannot be converted to <Type> without data loss" unless coerce
        return coerce ? Outcome.COERCED : Outcome.MALFORMED;
    }

    private Outcome decimalToUnsignedLong(String literal) {
        BigDecimal decimal = new BigDecimal(literal);
        BigInteger truncated = decimal.toBigInteger();
        if (truncated.signum() < 0 || truncated.compareTo(UNSIGNED_LONG_MAX) > 0) {
            return Outcome.RANGE_REJECTED;
        }
        if (truncated.doubleValue() == Double.parseDouble(literal)) {
            return Outcome.OK;
        }
        return coerce ? Outcome.COERCED : Outcome.MALFORMED;
    }

    // Float.parseFloat/Double.parseDouble, as AbstractXContentParser does for strings
    private Outcome stringToFloat(String text) {
        return NumberText.isDouble(text) ? floatOutcome(Float.parseFloat(text)) : Outcome.MALFORMED;
    }

    private Outcome stringToDouble(String text) {
        return NumberText.isDouble(text) ? doubleOutcome(Double.parseDouble(text)) : Outcome.MALFORMED;
    }

    // NumberType.validateParsed: only finite values; half_float after rounding to half precision
    private Outcome floatOutcome(float f) {
        if (!Float.isFinite(f)) {
            return Outcome.OUT_OF_RANGE;
        }
        // half precision rounds |v| >= 65520 (midway between 65504 and 65536) to infinity
        if (kind == Kind.HALF_FLOAT && Math.abs(f) >= HALF_FLOAT_OVERFLOW) {
            return Outcome.OUT_OF_RANGE;
        }
        return Outcome.OK;
    }

    private Outcome doubleOutcome(double d) {
        if (!Double.isFinite(d)) {
            return Outcome.OUT_OF_RANGE;
        }
        return Outcome.OK;
    }

    @Override
    public String explain(JsonValue value, Outcome outcome) {
        String shown = value.isString() ? "\"" + value.text() + "\"" : value.text();
        switch (outcome) {
            case COERCED:
                if (value.isString() && value.text().isEmpty()) {
                    return "the empty string is read as null: nothing is indexed for the " + kind.typeName + " field";
                }
                return value.isString()
                        ? "the string " + shown + " is coerced into the " + kind.typeName + " field"
                        : shown + " has a decimal part; OpenSearch truncates it for the " + kind.typeName + " field";
            case OUT_OF_RANGE:
            case RANGE_REJECTED:
                return shown + " is out of range for " + kind.typeName + rangeText();
            case REJECTED:
                return value.isObject() ? "an object cannot be indexed into the " + kind.typeName + " field"
                        : "a boolean is not a number";
            default:
                return malformedText(value, shown);
        }
    }

    private String malformedText(JsonValue value, String shown) {
        if (value.isObject()) {
            return "an object cannot be indexed into the " + kind.typeName + " field";
        }
        if (value.kind() == JsonValue.Kind.BOOLEAN) {
            return "a boolean is not a number";
        }
        if (value.isString() && !coerce) {
            return "coerce is false: the string " + shown + " is not accepted as a " + kind.typeName;
        }
        if (value.isNumber()) {
            return shown + " has a decimal part and coerce is false";
        }
        return shown + " is not a number";
    }

    private String rangeText() {
        switch (kind) {
            case BYTE:
            case SHORT:
            case INTEGER:
            case LONG:
                return " (" + kind.min + ".." + kind.max + ")";
            case UNSIGNED_LONG:
                return " (0.." + UNSIGNED_LONG_MAX + ")";
            case HALF_FLOAT:
                return " (finite half-precision values, |v| < 65520)";
            default:
                return " (finite values only)";
        }
    }

    private static BigDecimal parseBigDecimal(String text) {
        if (!NumberText.isBigDecimal(text)) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null; // an exponent beyond int range
        }
    }
}
