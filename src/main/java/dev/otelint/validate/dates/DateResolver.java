package dev.otelint.validate.dates;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.DAY_OF_YEAR;
import static java.time.temporal.ChronoField.EPOCH_DAY;
import static java.time.temporal.ChronoField.INSTANT_SECONDS;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.YEAR;
import static java.time.temporal.ChronoField.YEAR_OF_ERA;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.TemporalQueries;
import java.time.temporal.WeekFields;

/**
 * Turns what a date parser read into an instant with OpenSearch's defaults (DateFormatters.from):
 * UTC when no zone was read, start of day when no time, January when no month, the first day of
 * the month when no day, 1970-01-01 under a bare time, and ISO week rules for week-based years.
 */
final class DateResolver {

    private static final LocalDate EPOCH_DATE = LocalDate.of(1970, 1, 1);
    private static final WeekFields WEEKS = NamedDateFormats.WEEK_FIELDS;

    private DateResolver() {}

    /** The instant, or null when the parsed fields do not make a date (e.g. February 30th). */
    static Instant toInstant(TemporalAccessor parsed) {
        try {
            return resolve(parsed);
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    private static Instant resolve(TemporalAccessor parsed) {
        ZoneId zone = parsed.query(TemporalQueries.zone());
        if (zone == null) {
            zone = ZoneOffset.UTC;
        }
        LocalDate date = localDate(parsed);
        LocalTime time = parsed.query(TemporalQueries.localTime());
        if (date != null && time != null) {
            return ZonedDateTime.of(date, time, zone).toInstant();
        }
        if (parsed.isSupported(INSTANT_SECONDS) && parsed.isSupported(NANO_OF_SECOND)) {
            return Instant.from(parsed).atZone(zone).toInstant();
        }
        if (date != null) {
            return date.atStartOfDay(zone).toInstant();
        }
        if (time != null) {
            return ZonedDateTime.of(fallbackDate(parsed), time, zone).toInstant();
        }
        if (parsed.isSupported(YEAR) || parsed.isSupported(YEAR_OF_ERA)) {
            LocalDate start = parsed.isSupported(MONTH_OF_YEAR)
                    ? LocalDate.of(year(parsed), parsed.get(MONTH_OF_YEAR), 1)
                    : Year.of(year(parsed)).atDay(1);
            return start.atStartOfDay(zone).toInstant();
        }
        if (parsed.isSupported(MONTH_OF_YEAR)) {
            return fallbackDate(parsed).atStartOfDay(zone).toInstant();
        }
        if (parsed.isSupported(WEEKS.weekBasedYear())) {
            return weekDate(parsed).atStartOfDay(zone).toInstant();
        }
        throw new DateTimeException("the parsed fields do not make a date");
    }

    /** A calendar date from an epoch day, or a year with month and day, or a year with day of year. */
    private static LocalDate localDate(TemporalAccessor parsed) {
        if (parsed.isSupported(EPOCH_DAY)) {
            return LocalDate.ofEpochDay(parsed.getLong(EPOCH_DAY));
        }
        if (parsed.isSupported(YEAR_OF_ERA) || parsed.isSupported(YEAR)) {
            int year = year(parsed);
            if (parsed.isSupported(MONTH_OF_YEAR) && parsed.isSupported(DAY_OF_MONTH)) {
                return LocalDate.of(year, parsed.get(MONTH_OF_YEAR), parsed.get(DAY_OF_MONTH));
            }
            if (parsed.isSupported(DAY_OF_YEAR)) {
                return LocalDate.ofYearDay(year, parsed.get(DAY_OF_YEAR));
            }
        }
        return null;
    }

    private static LocalDate fallbackDate(TemporalAccessor parsed) {
        if (parsed.isSupported(WEEKS.weekBasedYear())) {
            return weekDate(parsed);
        }
        if (parsed.isSupported(MONTH_OF_YEAR)) {
            int day = parsed.isSupported(DAY_OF_MONTH) ? parsed.get(DAY_OF_MONTH) : 1;
            return LocalDate.of(year(parsed), parsed.get(MONTH_OF_YEAR), day);
        }
        return EPOCH_DATE;
    }

    private static LocalDate weekDate(TemporalAccessor parsed) {
        LocalDate date = EPOCH_DATE.with(WEEKS.weekBasedYear(), parsed.get(WEEKS.weekBasedYear()));
        if (parsed.isSupported(WEEKS.weekOfWeekBasedYear())) {
            date = date.with(WEEKS.weekOfWeekBasedYear(), parsed.get(WEEKS.weekOfWeekBasedYear()));
        }
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static int year(TemporalAccessor parsed) {
        if (parsed.isSupported(YEAR)) {
            return parsed.get(YEAR);
        }
        if (parsed.isSupported(YEAR_OF_ERA)) {
            return parsed.get(YEAR_OF_ERA);
        }
        return 1970;
    }
}
