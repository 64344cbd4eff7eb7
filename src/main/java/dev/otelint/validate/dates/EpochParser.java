package dev.otelint.validate.dates;

import java.time.DateTimeException;
import java.time.Instant;

/**
 * The epoch_millis and epoch_second formats (OpenSearch EpochTime), by hand: an optional '-',
 * 1 to 19 ASCII digits that fit a long, then an optional '.' with up to 6 (millis) or 9
 * (seconds) fraction digits; a trailing '.' alone is allowed. No '+', no exponent.
 */
final class EpochParser {

    private final boolean millis;

    EpochParser(boolean millis) {
        this.millis = millis;
    }

    /** True when {@code text} has the epoch grammar (the value may still be out of range). */
    boolean matches(String text) {
        return end(text) == text.length();
    }

    /** The instant, or null when the text does not match or is outside java.time's range. */
    Instant toInstant(String text) {
        if (!matches(text)) {
            return null;
        }
        int dot = text.indexOf('.');
        String whole = dot < 0 ? text : text.substring(0, dot);
        String fraction = dot < 0 ? "" : text.substring(dot + 1);
        long value = Long.parseLong(whole);
        long nanos = fractionNanos(fraction, millis ? 6 : 9);
        try {
            if (millis) {
                // the fraction extends the magnitude: -1.5 is 1.5 ms before the epoch
                return Instant.ofEpochMilli(value).plusNanos(value < 0 || text.charAt(0) == '-' ? -nanos : nanos);
            }
            // as upstream, the fraction is always added: "-1.5" seconds is -0.5 s
            return Instant.ofEpochSecond(value, nanos);
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    private int end(String text) {
        int n = text.length();
        int i = 0;
        if (i < n && text.charAt(i) == '-') {
            i++;
        }
        int digitsStart = i;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        int digits = i - digitsStart;
        if (digits == 0 || digits > 19 || !fitsLong(text, digitsStart, i)) {
            return -1;
        }
        if (!millis && digitsStart == 1 && allZeros(text, digitsStart, i)) {
            return -1; // java.time's strict signed value refuses "-0"; epoch_millis reads the sign apart
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            int fractionStart = i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            if (i - fractionStart > (millis ? 6 : 9)) {
                return -1;
            }
        }
        return i;
    }

    private static boolean fitsLong(String text, int from, int to) {
        if (to - from < 19) {
            return true;
        }
        return text.substring(from, to).compareTo("9223372036854775807") <= 0;
    }

    private static boolean allZeros(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    private static long fractionNanos(String fraction, int maxDigits) {
        long value = 0;
        for (int i = 0; i < maxDigits; i++) {
            value = value * 10 + (i < fraction.length() ? fraction.charAt(i) - '0' : 0);
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
