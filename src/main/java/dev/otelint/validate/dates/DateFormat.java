package dev.otelint.validate.dates;

import java.text.Format;
import java.text.ParsePosition;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

/**
 * A date field's format as OpenSearch reads it (DateFormatter.forPattern): "||"-separated
 * alternatives, each a built-in name (strict_date_optional_time, epoch_millis, ...) or a java.time
 * pattern. A text is a date when one alternative's parser consumes all of it; the first parser
 * that does decides the instant (OpenSearch does not try the next one if that date is invalid).
 */
public final class DateFormat {

    /** Marks the hand-written rfc3339_lenient parser in a parser list. */
    private static final Object RFC3339 = new Object();
    /** Built-in formats that read yyyy-MM-dd'T'HH:mm:ss[.S](Z|+hh:mm) exactly as {@link IsoFastPath} does. */
    private static final java.util.Set<String> ISO_FAST = java.util.Set.of("strict_date_optional_time",
            "strictDateOptionalTime", "strict_date_optional_time_nanos", "strictDateOptionalTimeNanos",
            "date_optional_time", "dateOptionalTime", "iso8601");

    private final String pattern;
    private final List<Object> parsers;
    /** True when every alternative starts with a number, so text not starting with [0-9+-] is no date. */
    private final boolean numericStart;

    private DateFormat(String pattern, List<Object> parsers, boolean numericStart) {
        this.pattern = pattern;
        this.parsers = parsers;
        this.numericStart = numericStart;
    }

    /**
     * Compiles a format.
     *
     * @throws IllegalArgumentException with OpenSearch's reason when the format is invalid
     */
    public static DateFormat of(String pattern) {
        if (pattern == null || pattern.isEmpty()) {
            throw new IllegalArgumentException("No date pattern provided");
        }
        // DateFormatter.forPattern: a leading "8" (6.x java-time marker) is dropped
        String format = pattern.startsWith("8") ? pattern.substring(1) : pattern;
        List<Object> parsers = new ArrayList<>();
        boolean numericStart = true;
        for (String alternative : format.split("\\|\\|", -1)) {
            if (alternative.isEmpty()) {
                throw new IllegalArgumentException("Cannot have empty element in multi date format pattern: " + pattern);
            }
            addParsers(alternative.trim(), parsers);
            numericStart &= startsWithNumber(alternative.trim());
        }
        return new DateFormat(pattern, List.copyOf(parsers), numericStart);
    }

    /**
     * Whether every text a format accepts starts with an ASCII digit or a sign: true for the
     * built-in names that begin with a year, month, hour or epoch value, and for patterns that
     * begin with a numeric field letter.
     */
    private static boolean startsWithNumber(String name) {
        if (NamedDateFormats.parsers(name) != null || name.startsWith("epoch_") || name.equals("rfc3339_lenient")) {
            return !(name.startsWith("t_") || name.startsWith("strict_t_") || name.startsWith("basic_t_")
                    || name.startsWith("tTime") || name.startsWith("strictTTime") || name.startsWith("basicTTime"));
        }
        if (name.isEmpty()) {
            return false;
        }
        char first = name.charAt(0);
        int run = 1;
        while (run < name.length() && name.charAt(run) == first) {
            run++;
        }
        return "yudDHhKkmsS".indexOf(first) >= 0 || (first == 'M' && run <= 2);
    }

    private static void addParsers(String name, List<Object> parsers) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("No date pattern provided");
        }
        if (name.equals("epoch_millis")) {
            parsers.add(new EpochParser(true));
            return;
        }
        if (name.equals("epoch_second")) {
            parsers.add(new EpochParser(false));
            return;
        }
        if (name.equals("rfc3339_lenient")) {
            parsers.add(RFC3339);
            return;
        }
        List<DateTimeFormatter> named = NamedDateFormats.parsers(name);
        if (named != null) {
            for (DateTimeFormatter formatter : named) {
                parsers.add(new JavaTimeParser(formatter.toFormat(), ISO_FAST.contains(name), -1));
            }
            return;
        }
        try {
            parsers.add(new JavaTimeParser(PatternFormats.compile(name).toFormat(), false,
                    PatternFormats.literalAfterLeadingNumber(name)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid format: [" + name + "]: " + e.getMessage(), e);
        }
    }

    /** The format as written in the mapping. */
    public String pattern() {
        return pattern;
    }

    /** The instant {@code text} denotes, or null when it is not a date in this format. */
    public Instant parse(String text) {
        if (text.isEmpty() || cannotStart(text)) {
            return null; // "cannot parse empty date", or no alternative can read the first character
        }
        for (int i = 0; i < parsers.size(); i++) {
            Object parser = parsers.get(i);
            if (parser == RFC3339) {
                Instant instant = Rfc3339Parser.parse(text);
                if (instant != null) {
                    return instant;
                }
                continue;
            }
            if (parser instanceof EpochParser) {
                EpochParser epoch = (EpochParser) parser;
                if (epoch.matches(text)) {
                    return epoch.toInstant(text);
                }
                continue;
            }
            JavaTimeParser javaTime = (JavaTimeParser) parser;
            if (javaTime.iso) {
                Instant fast = IsoFastPath.parse(text);
                if (fast != null) {
                    return fast;
                }
            }
            if (!javaTime.mayMatch(text)) {
                continue;
            }
            TemporalAccessor parsed = parseFully(javaTime.format, text);
            if (parsed != null) {
                return DateResolver.toInstant(parsed);
            }
        }
        return null;
    }

    /** True when some parser reads the whole text, without converting it (dynamic date detection). */
    public boolean matches(String text) {
        if (text.isEmpty() || cannotStart(text)) {
            return false;
        }
        for (int i = 0; i < parsers.size(); i++) {
            Object parser = parsers.get(i);
            if (parser == RFC3339 ? Rfc3339Parser.parse(text) != null
                    : parser instanceof EpochParser ? ((EpochParser) parser).matches(text)
                    : ((JavaTimeParser) parser).matches(text)) {
                return true;
            }
        }
        return false;
    }

    private boolean cannotStart(String text) {
        char first = text.charAt(0);
        return numericStart && (first < '0' || first > '9') && first != '-' && first != '+';
    }

    private static TemporalAccessor parseFully(Format format, String text) {
        ParsePosition position = new ParsePosition(0);
        Object parsed = format.parseObject(text, position);
        if (parsed == null || position.getErrorIndex() >= 0 || position.getIndex() != text.length()) {
            return null;
        }
        return (TemporalAccessor) parsed;
    }

    @Override
    public String toString() {
        return pattern;
    }

    /**
     * A java.time parser with cheap ways around it: the ISO fast path for the common timestamp,
     * and a pre-check that rejects texts whose first non-digit cannot be right (java.time is
     * costly even when it fails, and unmapped strings are tried against the dynamic date formats).
     *
     * @param iso          the format reads yyyy[-MM...][T...] and agrees with {@link IsoFastPath}
     * @param firstLiteral the literal a pattern has right after its leading number, or -1
     */
    private record JavaTimeParser(Format format, boolean iso, int firstLiteral) {

        boolean matches(String text) {
            return iso && IsoFastPath.parse(text) != null || mayMatch(text) && parseFully(format, text) != null;
        }

        boolean mayMatch(String text) {
            if (!iso && firstLiteral < 0) {
                return true;
            }
            int i = 0;
            if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
            if (iso) {
                // a year, then nothing, a month or the time
                return i == text.length() || text.charAt(i) == '-' || text.charAt(i) == 'T';
            }
            return i < text.length() && text.charAt(i) == firstLiteral;
        }
    }
}
