package dev.otelint.validate.dates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalField;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Custom java.time patterns in a date mapping's format, compiled as OpenSearch does
 * (appendPattern, Locale.ROOT, STRICT resolver) but with the locale-dependent parts pinned to what
 * an OpenSearch node uses: it runs with java.locale.providers=SPI,COMPAT and ISO week rules for
 * Locale.ROOT, so month, day and era names are the COMPAT root texts and week fields are ISO.
 * The rest of the pattern is handed to java.time unchanged.
 */
final class PatternFormats {

    private static final String[] MONTHS_FULL = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] DAYS_FULL = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final Map<Long, String> MONTHS_LONG = texts(MONTHS_FULL, 1, Integer.MAX_VALUE);
    private static final Map<Long, String> MONTHS_SHORT = texts(MONTHS_FULL, 1, 3);
    private static final Map<Long, String> MONTHS_NARROW = numbers(12);
    private static final Map<Long, String> DAYS_LONG = texts(DAYS_FULL, 1, Integer.MAX_VALUE);
    private static final Map<Long, String> DAYS_SHORT = texts(DAYS_FULL, 1, 3);
    private static final Map<Long, String> DAYS_NARROW = texts(DAYS_FULL, 1, 1);
    private static final Map<Long, String> ERAS_SHORT = Map.of(0L, "BC", 1L, "AD");
    private static final Map<Long, String> ERAS_FULL = Map.of(0L, "BCE", 1L, "CE");
    private static final Map<Long, String> ERAS_NARROW = Map.of(0L, "B", 1L, "A");
    private static final Map<Long, String> AM_PM = Map.of(0L, "AM", 1L, "PM");
    private static final LocalDate REDUCED_YEAR_BASE = LocalDate.of(2000, 1, 1);

    private PatternFormats() {}

    /** Compiles {@code pattern}; IllegalArgumentException when java.time rejects it. */
    static DateTimeFormatter compile(String pattern) {
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder();
        int rawStart = 0;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                i = skipQuoted(pattern, i);
                continue;
            }
            int end = runEnd(pattern, i);
            if (isLetter(c) && intercepts(c, end - i)) {
                appendRaw(builder, pattern, rawStart, i);
                appendPinned(builder, c, end - i);
                rawStart = end;
            }
            i = end;
        }
        appendRaw(builder, pattern, rawStart, pattern.length());
        return builder.toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * When a pattern starts with a numeric field followed by a literal character ("yyyy/MM/dd"),
     * that character: a text can only match if it follows the text's leading digits. -1 otherwise.
     */
    static int literalAfterLeadingNumber(String pattern) {
        if (pattern.isEmpty() || !isLetter(pattern.charAt(0))) {
            return -1;
        }
        char letter = pattern.charAt(0);
        int end = runEnd(pattern, 0);
        boolean numeric = "yudDHhKkmsSnNAFgYwW".indexOf(letter) >= 0 || ("MLecQq".indexOf(letter) >= 0 && end <= 2);
        if (!numeric || end >= pattern.length()) {
            return -1;
        }
        char next = pattern.charAt(end);
        if (isLetter(next) || next == '\'' || next == '[' || next == ']' || next == '#' || next == '{' || next == '}') {
            return -1;
        }
        return next;
    }

    private static void appendRaw(DateTimeFormatterBuilder builder, String pattern, int from, int to) {
        if (from < to) {
            builder.appendPattern(pattern.substring(from, to));
        }
    }

    private static boolean intercepts(char letter, int count) {
        switch (letter) {
            case 'G':
            case 'E':
            case 'e':
            case 'c':
            case 'a':
            case 'Y':
            case 'w':
            case 'W':
                return true;
            case 'M':
            case 'L':
                return count >= 3;
            default:
                return false;
        }
    }

    private static void appendPinned(DateTimeFormatterBuilder builder, char letter, int count) {
        switch (letter) {
            case 'G':
                builder.appendText(ChronoField.ERA, bySize(count, ERAS_SHORT, ERAS_FULL, ERAS_NARROW, letter));
                break;
            case 'M':
            case 'L':
                builder.appendText(ChronoField.MONTH_OF_YEAR,
                        bySize(count, MONTHS_SHORT, MONTHS_LONG, MONTHS_NARROW, letter));
                break;
            case 'E':
                builder.appendText(ChronoField.DAY_OF_WEEK, bySize(count, DAYS_SHORT, DAYS_LONG, DAYS_NARROW, letter));
                break;
            case 'e':
            case 'c':
                appendLocalizedDay(builder, letter, count);
                break;
            case 'a':
                if (count > 1) {
                    throw new IllegalArgumentException("Too many pattern letters: a");
                }
                builder.appendText(ChronoField.AMPM_OF_DAY, AM_PM);
                break;
            default:
                appendWeekField(builder, letter, count);
                break;
        }
    }

    private static void appendLocalizedDay(DateTimeFormatterBuilder builder, char letter, int count) {
        if (count >= 3) {
            builder.appendText(ChronoField.DAY_OF_WEEK, bySize(count - 0, DAYS_SHORT, DAYS_LONG, DAYS_NARROW, letter));
            return;
        }
        if (letter == 'c' && count == 2) {
            throw new IllegalArgumentException("Invalid pattern \"cc\"");
        }
        builder.appendValue(NamedDateFormats.WEEK_FIELDS.dayOfWeek(), count, count, SignStyle.NOT_NEGATIVE);
    }

    private static void appendWeekField(DateTimeFormatterBuilder builder, char letter, int count) {
        if (letter == 'Y') {
            TemporalField year = NamedDateFormats.WEEK_FIELDS.weekBasedYear();
            if (count == 2) {
                builder.appendValueReduced(year, 2, 2, REDUCED_YEAR_BASE);
            } else {
                builder.appendValue(year, count, 19, count < 4 ? SignStyle.NORMAL : SignStyle.EXCEEDS_PAD);
            }
        } else if (letter == 'w') {
            if (count > 2) {
                throw new IllegalArgumentException("Too many pattern letters: w");
            }
            builder.appendValue(NamedDateFormats.WEEK_FIELDS.weekOfWeekBasedYear(), count, 2, SignStyle.NOT_NEGATIVE);
        } else {
            if (count > 1) {
                throw new IllegalArgumentException("Too many pattern letters: W");
            }
            builder.appendValue(NamedDateFormats.WEEK_FIELDS.weekOfMonth(), 1, 1, SignStyle.NOT_NEGATIVE);
        }
    }

    /** Pattern sizes: 1-3 letters short text (3-letter for months), 4 full, 5 narrow. */
    private static Map<Long, String> bySize(int count, Map<Long, String> shortText, Map<Long, String> fullText,
                                            Map<Long, String> narrowText, char letter) {
        if (count <= 3) {
            return shortText;
        }
        if (count == 4) {
            return fullText;
        }
        if (count == 5) {
            return narrowText;
        }
        throw new IllegalArgumentException("Too many pattern letters: " + letter);
    }

    private static int skipQuoted(String pattern, int start) {
        int i = start + 1;
        while (i < pattern.length()) {
            if (pattern.charAt(i) == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return i; // unterminated: java.time reports it when the raw part is appended
    }

    private static int runEnd(String pattern, int start) {
        char c = pattern.charAt(start);
        int end = start + 1;
        if (isLetter(c)) {
            while (end < pattern.length() && pattern.charAt(end) == c) {
                end++;
            }
        }
        return end;
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static Map<Long, String> texts(String[] names, int first, int length) {
        Map<Long, String> map = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            map.put((long) (i + first), name.substring(0, Math.min(length, name.length())));
        }
        return map;
    }

    private static Map<Long, String> numbers(int count) {
        Map<Long, String> map = new HashMap<>();
        for (long i = 1; i <= count; i++) {
            map.put(i, Long.toString(i));
        }
        return map;
    }
}
