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

    private final String pattern;
    private final List<Object> parsers;

    private DateFormat(String pattern, List<Object> parsers) {
        this.pattern = pattern;
        this.parsers = parsers;
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
        for (String alternative : format.split("\\|\\|", -1)) {
            if (alternative.isEmpty()) {
                throw new IllegalArgumentException("Cannot have empty element in multi date format pattern: " + pattern);
            }
            addParsers(alternative.trim(), parsers);
        }
        return new DateFormat(pattern, List.copyOf(parsers));
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
                parsers.add(formatter.toFormat());
            }
            return;
        }
        try {
            parsers.add(PatternFormats.compile(name).toFormat());
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
        if (text.isEmpty()) {
            return null; // "cannot parse empty date"
        }
        for (Object parser : parsers) {
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
            TemporalAccessor parsed = parseFully((Format) parser, text);
            if (parsed != null) {
                return DateResolver.toInstant(parsed);
            }
        }
        return null;
    }

    /** True when some parser reads the whole text, without converting it (dynamic date detection). */
    public boolean matches(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (Object parser : parsers) {
            if (parser == RFC3339 ? Rfc3339Parser.parse(text) != null
                    : parser instanceof EpochParser ? ((EpochParser) parser).matches(text)
                    : parseFully((Format) parser, text) != null) {
                return true;
            }
        }
        return false;
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
}
