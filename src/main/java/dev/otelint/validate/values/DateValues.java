package dev.otelint.validate.values;

import dev.otelint.records.JsonValue;
import dev.otelint.validate.dates.DateFormat;
import java.time.Instant;

/**
 * The date and date_nanos types (OpenSearch DateFieldMapper): any scalar is read as text and
 * parsed with the field's format; the instant must fit the resolution (epoch milliseconds in a
 * long for date; 1970-01-01T00:00:00Z to 2262-04-11T23:47:16.854775807Z for date_nanos).
 */
public final class DateValues implements FieldType {

    private static final Instant NANOS_MAX = Instant.ofEpochSecond(Long.MAX_VALUE / 1_000_000_000L,
            Long.MAX_VALUE % 1_000_000_000L);
    private static final long MILLIS_MAX_SECONDS = Long.MAX_VALUE / 1000;
    private static final long MILLIS_MIN_SECONDS = Long.MIN_VALUE / 1000;

    private final boolean nanos;
    private final DateFormat format;

    public DateValues(boolean nanos, DateFormat format) {
        this.nanos = nanos;
        this.format = format;
    }

    @Override
    public String typeName() {
        return nanos ? "date_nanos" : "date";
    }

    @Override
    public String expected() {
        return typeName() + " (" + format.pattern() + ")";
    }

    @Override
    public Outcome check(JsonValue value) {
        if (value.isNull()) {
            return Outcome.OK;
        }
        if (value.isObject()) {
            // textOrNull on an object throws IllegalStateException, outside ignore_malformed
            return Outcome.REJECTED;
        }
        Instant instant = format.parse(value.text());
        if (instant == null) {
            return Outcome.MALFORMED_DATE;
        }
        return inRange(instant) ? Outcome.OK : Outcome.OUT_OF_RANGE;
    }

    private boolean inRange(Instant instant) {
        if (nanos) {
            // DateUtils.toLong: before 1970 or after 2262 cannot be stored in nanosecond resolution
            return !instant.isBefore(Instant.EPOCH) && !instant.isAfter(NANOS_MAX);
        }
        // Instant.toEpochMilli must not overflow
        long seconds = instant.getEpochSecond();
        if (seconds > MILLIS_MIN_SECONDS && seconds < MILLIS_MAX_SECONDS) {
            return true;
        }
        try {
            instant.toEpochMilli();
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    @Override
    public String explain(JsonValue value, Outcome outcome) {
        if (value.isObject()) {
            return "an object cannot be indexed into the " + typeName() + " field";
        }
        if (outcome == Outcome.OUT_OF_RANGE) {
            return nanos ? "\"" + value.text() + "\" is outside the date_nanos range 1970-01-01T00:00:00Z to "
                    + "2262-04-11T23:47:16.854775807Z"
                    : "\"" + value.text() + "\" is too far from 1970 to fit epoch milliseconds";
        }
        if (value.text().isEmpty()) {
            return "an empty string is not a date";
        }
        return "\"" + value.text() + "\" does not match the date format [" + format.pattern() + "]";
    }
}
