package dev.otelint.collector.receiver.filelog.timeparse;

import dev.otelint.collector.receiver.filelog.entry.Entry;
import dev.otelint.collector.receiver.filelog.entry.Field;
import dev.otelint.collector.receiver.filelog.entry.Values;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Sets an entry's timestamp from a field (stanza's TimeParser): strptime or Go layouts, or epoch numbers
 * with layout s, ms, us, ns, s.ms, s.us or s.ns (a number or its text).
 */
public final class TimeParser {
    private static final List<String> EPOCH_LAYOUTS = List.of("s", "ms", "us", "ns", "s.ms", "s.us", "s.ns");

    private final Field parseFrom;
    private final String layoutType;
    private final String layout;
    private final TimeLayout compiled;
    private final ZoneId location;

    private TimeParser(Field parseFrom, String layoutType, String layout, TimeLayout compiled, ZoneId location) {
        this.parseFrom = parseFrom;
        this.layoutType = layoutType;
        this.layout = layout;
        this.compiled = compiled;
        this.location = location;
    }

    /** Checks and compiles a config; throws IllegalArgumentException with stanza's complaint. */
    public static TimeParser build(TimeConfig c) {
        if (c.parseFrom == null) {
            throw new IllegalArgumentException("missing required configuration parameter `parse_from`");
        }
        Field from = Field.parse(c.parseFrom);
        ZoneId zone;
        try {
            zone = c.location.isEmpty() ? ZoneId.systemDefault() : ZoneId.of(c.location);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("failed to load location " + c.location + ": unknown time zone "
                    + c.location);
        }
        if (c.layout.isEmpty()) {
            throw new IllegalArgumentException("missing required configuration parameter `layout`");
        }
        return switch (c.layoutType) {
            case "strptime" -> new TimeParser(from, c.layoutType, c.layout,
                    new TimeLayout(c.layout, Strptime.compile(c.layout)), zone);
            case "gotime" -> new TimeParser(from, c.layoutType, c.layout,
                    new TimeLayout(c.layout, GoLayout.compile(c.layout)), zone);
            case "epoch" -> {
                if (!EPOCH_LAYOUTS.contains(c.layout)) {
                    throw new IllegalArgumentException("invalid `layout` " + c.layout + " for `epoch` type "
                            + "(valid: " + String.join(", ", EPOCH_LAYOUTS) + ")");
                }
                yield new TimeParser(from, c.layoutType, c.layout, null, zone);
            }
            default -> throw new IllegalArgumentException("unsupported layout_type " + c.layoutType
                    + " (valid: strptime, gotime, epoch)");
        };
    }

    /** Sets the timestamp; throws IllegalArgumentException when the field is missing or does not parse. */
    public void parse(Entry entry) {
        Object value = parseFrom.get(entry);
        if (value == Field.MISSING) {
            throw new IllegalArgumentException("time parser: log entry does not have the expected parse_from field "
                    + parseFrom);
        }
        entry.timestamp = layoutType.equals("epoch") ? epoch(value) : layout(value);
    }

    private Instant layout(Object value) {
        if (!(value instanceof String || value instanceof byte[])) {
            throw new IllegalArgumentException("type " + value.getClass().getSimpleName()
                    + " cannot be parsed as a time");
        }
        return compiled.parse(Values.text(value), location);
    }

    private Instant epoch(Object value) {
        BigDecimal number;
        try {
            number = new BigDecimal(Values.text(value).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid value '" + Values.text(value) + "' for layout '" + layout + "'");
        }
        long nanosPerUnit = switch (layout) {
            case "ms" -> 1_000_000L;
            case "us" -> 1_000L;
            case "ns" -> 1L;
            default -> 1_000_000_000L; // s, s.ms, s.us, s.ns: seconds with a fraction
        };
        BigDecimal nanos = number.multiply(BigDecimal.valueOf(nanosPerUnit));
        BigDecimal[] parts = nanos.divideAndRemainder(BigDecimal.valueOf(1_000_000_000L));
        return Instant.ofEpochSecond(parts[0].longValue(), parts[1].longValue());
    }
}
