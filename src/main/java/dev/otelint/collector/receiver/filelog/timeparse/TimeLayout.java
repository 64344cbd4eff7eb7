package dev.otelint.collector.receiver.filelog.timeparse;

import dev.otelint.collector.receiver.filelog.timeparse.Chunk.Part;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.Year;
import java.util.List;
import java.util.Locale;

/**
 * Parses text with a compiled layout, as Go's time.Parse does: numbers with the chunk's width, month and
 * weekday names in any case, zone offsets; a text without a zone is read in {@code location}. A missing year
 * is the current year (stanza sets it: syslog-style times carry none).
 */
final class TimeLayout {
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    private static final String[] WEEKDAYS = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday"};

    private final String layoutText;
    private final List<Part> parts;

    TimeLayout(String layoutText, List<Part> parts) {
        this.layoutText = layoutText;
        this.parts = parts;
    }

    /** Fields read so far. */
    private static final class Fields {
        int year = -1;
        int month = 1;
        int day = 1;
        int yearDay = -1;
        int hour;
        int minute;
        int second;
        int nanos;
        Boolean pm;
        ZoneId zone;
    }

    Instant parse(String value, ZoneId location) {
        Fields f = new Fields();
        int[] pos = {0};
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            try {
                read(part, value, pos, f);
                if ((part.chunk() == Chunk.SECOND2 || part.chunk() == Chunk.SECOND) && !fractionFollows(i)) {
                    impliedFraction(value, pos, f);
                }
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new IllegalArgumentException("parsing time \"" + value + "\" as \"" + layoutText
                        + "\": cannot parse \"" + value.substring(Math.min(pos[0], value.length())) + "\" as \""
                        + part.text() + "\"");
            }
        }
        if (pos[0] < value.length()) {
            throw new IllegalArgumentException("parsing time \"" + value + "\": extra text: \""
                    + value.substring(pos[0]) + "\"");
        }
        return instant(f, location);
    }

    private static Instant instant(Fields f, ZoneId location) {
        int year = f.year < 0 ? Year.now(location).getValue() : f.year;
        int hour = f.pm == null ? f.hour : f.hour % 12 + (f.pm ? 12 : 0);
        LocalDateTime local = f.yearDay > 0
                ? LocalDateTime.of(year, 1, 1, hour, f.minute, f.second, f.nanos).plusDays(f.yearDay - 1L)
                : LocalDateTime.of(year, f.month, f.day, hour, f.minute, f.second, f.nanos);
        return local.atZone(f.zone != null ? f.zone : location).toInstant();
    }

    private static void read(Part part, String v, int[] pos, Fields f) {
        switch (part.chunk()) {
            case LITERAL -> literal(part.text(), v, pos);
            case YEAR4 -> f.year = number(v, pos, 4, 4);
            case YEAR2 -> {
                int y = number(v, pos, 2, 2);
                f.year = y >= 69 ? 1900 + y : 2000 + y; // Go's rule for two-digit years
            }
            case MONTH2 -> f.month = range(number(v, pos, 2, 2), 1, 12);
            case MONTH -> f.month = range(number(v, pos, 1, 2), 1, 12);
            case MONTH_NAME, MONTH_SHORT -> f.month = name(v, pos, MONTHS, part.chunk() == Chunk.MONTH_SHORT) + 1;
            case WEEKDAY_NAME, WEEKDAY_SHORT -> name(v, pos, WEEKDAYS, part.chunk() == Chunk.WEEKDAY_SHORT);
            case DAY2 -> f.day = range(number(v, pos, 2, 2), 1, 31);
            case DAY -> f.day = range(number(v, pos, 1, 2), 1, 31);
            case DAY_SPACE_PADDED -> {
                if (v.charAt(pos[0]) == ' ') {
                    pos[0]++;
                }
                f.day = range(number(v, pos, 1, 2), 1, 31);
            }
            case YEAR_DAY -> f.yearDay = range(number(v, pos, 3, 3), 1, 366);
            case HOUR24 -> f.hour = range(number(v, pos, 1, 2), 0, 23);
            case HOUR12_2 -> f.hour = range(number(v, pos, 2, 2), 0, 12);
            case HOUR12 -> f.hour = range(number(v, pos, 1, 2), 0, 12);
            case MINUTE2 -> f.minute = range(number(v, pos, 2, 2), 0, 59);
            case MINUTE -> f.minute = range(number(v, pos, 1, 2), 0, 59);
            case SECOND2, SECOND -> {
                f.second = range(number(v, pos, part.chunk() == Chunk.SECOND2 ? 2 : 1, 2), 0, 59);
            }
            case PM_UPPER, PM_LOWER -> f.pm = ampm(v, pos);
            case ZONE_NAME -> f.zone = zoneName(v, pos);
            case FRACTION_FIXED, FRACTION_ANY -> fraction(part, v, pos, f);
            default -> f.zone = offset(part.chunk(), v, pos);
        }
    }

    private static void literal(String text, String v, int[] pos) {
        if (!v.startsWith(text, pos[0])) {
            throw new IllegalArgumentException();
        }
        pos[0] += text.length();
    }

    private static int number(String v, int[] pos, int min, int max) {
        int start = pos[0];
        int end = start;
        while (end < v.length() && end - start < max && Character.isDigit(v.charAt(end))) {
            end++;
        }
        if (end - start < min) {
            throw new IllegalArgumentException();
        }
        pos[0] = end;
        return Integer.parseInt(v.substring(start, end));
    }

    private static int range(int n, int min, int max) {
        if (n < min || n > max) {
            throw new IllegalArgumentException();
        }
        return n;
    }

    private static int name(String v, int[] pos, String[] names, boolean shortForm) {
        String rest = v.substring(pos[0]).toLowerCase(Locale.ROOT);
        for (int i = 0; i < names.length; i++) {
            String n = shortForm ? names[i].substring(0, 3) : names[i];
            if (rest.startsWith(n)) {
                pos[0] += n.length();
                return i;
            }
        }
        throw new IllegalArgumentException();
    }

    private static boolean ampm(String v, int[] pos) {
        String two = v.substring(pos[0], pos[0] + 2).toUpperCase(Locale.ROOT);
        if (!two.equals("AM") && !two.equals("PM")) {
            throw new IllegalArgumentException();
        }
        pos[0] += 2;
        return two.equals("PM");
    }

    private boolean fractionFollows(int i) {
        if (i + 1 >= parts.size()) {
            return false;
        }
        Part next = parts.get(i + 1);
        return next.chunk() == Chunk.FRACTION_FIXED || next.chunk() == Chunk.FRACTION_ANY
                || next.chunk() == Chunk.LITERAL && (next.text().startsWith(".") || next.text().startsWith(","));
    }

    /** Go's time.Parse accepts a fraction after the seconds even when the layout has none. */
    private static void impliedFraction(String v, int[] pos, Fields f) {
        if (pos[0] + 1 < v.length() && v.charAt(pos[0]) == '.' && Character.isDigit(v.charAt(pos[0] + 1))) {
            pos[0]++;
            f.nanos = digits(v, pos, 1, 9);
        }
    }

    private static void fraction(Part part, String v, int[] pos, Fields f) {
        char first = part.text().charAt(0);
        if (first == '.' || first == ',') {
            if (v.charAt(pos[0]) != '.' && v.charAt(pos[0]) != ',') {
                if (part.chunk() == Chunk.FRACTION_ANY) {
                    return; // .999: the fraction may be absent
                }
                throw new IllegalArgumentException();
            }
            pos[0]++;
        }
        int digits = part.chunk() == Chunk.FRACTION_FIXED ? part.digits() : 1;
        f.nanos = digits(v, pos, digits, part.chunk() == Chunk.FRACTION_FIXED ? part.digits() : 9);
    }

    private static int digits(String v, int[] pos, int min, int max) {
        int start = pos[0];
        int n = 0;
        while (pos[0] < v.length() && pos[0] - start < max && Character.isDigit(v.charAt(pos[0]))) {
            n = n * 10 + (v.charAt(pos[0]++) - '0');
        }
        int count = pos[0] - start;
        if (count < min) {
            throw new IllegalArgumentException();
        }
        for (int i = count; i < 9; i++) {
            n *= 10;
        }
        return n;
    }

    private static ZoneId zoneName(String v, int[] pos) {
        int start = pos[0];
        while (pos[0] < v.length() && Character.isUpperCase(v.charAt(pos[0]))) {
            pos[0]++;
        }
        String name = v.substring(start, pos[0]);
        if (name.length() < 3 && !name.equals("Z")) {
            throw new IllegalArgumentException();
        }
        // Go knows UTC/GMT; an unknown abbreviation becomes a zone with offset 0
        return ZoneOffset.UTC;
    }

    private static ZoneId offset(Chunk chunk, String v, int[] pos) {
        boolean zAllowed = chunk.name().startsWith("Z_");
        if (zAllowed && v.charAt(pos[0]) == 'Z') {
            pos[0]++;
            return ZoneOffset.UTC;
        }
        char sign = v.charAt(pos[0]++);
        if (sign != '+' && sign != '-') {
            throw new IllegalArgumentException();
        }
        int hours = number(v, pos, 2, 2);
        int minutes = 0;
        if (chunk == Chunk.OFFSET_HH_COLON_MM || chunk == Chunk.Z_OFFSET_HH_COLON_MM) {
            literal(":", v, pos);
            minutes = number(v, pos, 2, 2);
        } else if (chunk == Chunk.OFFSET_HHMM || chunk == Chunk.Z_OFFSET_HHMM) {
            minutes = number(v, pos, 2, 2);
        }
        int total = hours * 3600 + minutes * 60;
        return ZoneOffset.ofTotalSeconds(sign == '-' ? -total : total);
    }
}
