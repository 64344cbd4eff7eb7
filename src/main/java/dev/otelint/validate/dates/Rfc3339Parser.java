package dev.otelint.validate.dates;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The rfc3339_lenient format (OpenSearch RFC3339CompatibleDateTimeFormatter), by hand: yyyy,
 * yyyy-MM, yyyy-MM-dd, or a date, 'T'/'t'/' ', HH:mm[:ss[(.|,)fraction]] and a mandatory zone
 * "Z", "z" or "+hh:mm"/"-hh:mm" ("-00:00" is refused). Digits are ASCII and fixed width.
 */
final class Rfc3339Parser {

    /** A parse failure; cheap because the parser only builds it for malformed input. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure() {
            super(null, null, false, false);
        }
    }

    private static final Failure FAILURE = new Failure();

    private final String text;
    private int position;

    private Rfc3339Parser(String text) {
        this.text = text;
    }

    /** The instant, or null when {@code text} is not in this format. */
    static Instant parse(String text) {
        try {
            return new Rfc3339Parser(text).read().toInstant();
        } catch (Failure | DateTimeException e) {
            return null;
        }
    }

    private OffsetDateTime read() {
        int length = text.length();
        if (length == 0) {
            throw FAILURE;
        }
        int year = number(4);
        if (length == 4) {
            return OffsetDateTime.of(year, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        }
        expect('-');
        int month = number(2);
        if (length == 7) {
            return OffsetDateTime.of(year, month, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        }
        expect('-');
        int day = number(2);
        if (length == 10) {
            return OffsetDateTime.of(year, month, day, 0, 0, 0, 0, ZoneOffset.UTC);
        }
        char separator = next();
        if (separator != 'T' && separator != 't' && separator != ' ') {
            throw FAILURE;
        }
        int hour = number(2);
        expect(':');
        int minute = number(2);
        if (length == 16 || position >= length) {
            throw FAILURE; // no zone
        }
        char c = text.charAt(position);
        if (c == ':') {
            position++;
            return seconds(year, month, day, hour, minute);
        }
        if (c == '+' || c == '-' || c == 'Z' || c == 'z') {
            return OffsetDateTime.of(year, month, day, hour, minute, 0, 0, zone());
        }
        throw FAILURE;
    }

    private OffsetDateTime seconds(int year, int month, int day, int hour, int minute) {
        int second = number(2);
        if (position >= text.length()) {
            throw FAILURE; // no zone
        }
        char c = text.charAt(position);
        int nanos = 0;
        if (c == '.' || c == ',') {
            position++;
            int start = position;
            while (position < text.length() && isDigit(text.charAt(position))) {
                position++;
            }
            if (position >= text.length() || position == start) {
                throw FAILURE; // fractions run to the end: no zone; or no fraction digits
            }
            nanos = fraction(start, position);
        } else if (c != '+' && c != '-' && !((c == 'Z' || c == 'z') && position == text.length() - 1)) {
            throw FAILURE;
        }
        return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, zone());
    }

    /** Upstream scales by digit count with int arithmetic, so more than 9 digits overflow as it does. */
    private int fraction(int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        int digits = end - start;
        for (int i = digits; i < 9; i++) {
            value *= 10;
        }
        return value;
    }

    private ZoneOffset zone() {
        char c = next();
        if (c == 'Z' || c == 'z') {
            if (position != text.length()) {
                throw FAILURE;
            }
            return ZoneOffset.UTC;
        }
        if (text.length() - position != 5) {
            throw FAILURE; // "+hh:mm" is six characters with the sign
        }
        int hours = number(2);
        expect(':');
        int minutes = number(2);
        if (c == '-') {
            if (hours == 0 && minutes == 0) {
                throw FAILURE; // the "unknown local offset" convention is refused
            }
            return ZoneOffset.ofHoursMinutes(-hours, -minutes);
        }
        if (c != '+') {
            throw FAILURE;
        }
        return ZoneOffset.ofHoursMinutes(hours, minutes);
    }

    private int number(int digits) {
        if (position + digits > text.length()) {
            throw FAILURE;
        }
        int value = 0;
        for (int i = 0; i < digits; i++) {
            char c = text.charAt(position++);
            if (!isDigit(c)) {
                throw FAILURE;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private void expect(char expected) {
        if (next() != expected) {
            throw FAILURE;
        }
    }

    private char next() {
        if (position >= text.length()) {
            throw FAILURE;
        }
        return text.charAt(position++);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
