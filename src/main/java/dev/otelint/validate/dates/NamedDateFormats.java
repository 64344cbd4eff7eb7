package dev.otelint.validate.dates;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.DAY_OF_WEEK;
import static java.time.temporal.ChronoField.DAY_OF_YEAR;
import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;
import static java.time.temporal.ChronoField.YEAR;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalField;
import java.time.temporal.WeekFields;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parsers behind OpenSearch's built-in date format names (DateFormatters.forPattern in 2.x),
 * as java.time grammars: which parts are optional, how many digits each part takes and which
 * resolver style checks the result. Each name maps to the list of parsers OpenSearch tries in
 * turn; printers are not needed. Snake case and the deprecated camel case names are both known.
 */
final class NamedDateFormats {

    /** OpenSearch pins week rules of Locale.ROOT to ISO (IsoCalendarDataProvider): Monday, 4 days. */
    static final WeekFields WEEK_FIELDS = WeekFields.of(DayOfWeek.MONDAY, 4);

    private static final Map<String, List<DateTimeFormatter>> BY_NAME = new HashMap<>();

    private NamedDateFormats() {}

    /** The parsers of a built-in format, or null when {@code name} is not a built-in name. */
    static List<DateTimeFormatter> parsers(String name) {
        return BY_NAME.get(name);
    }

    // ---------------------------------------------------------------- building blocks

    private static DateTimeFormatterBuilder b() {
        return new DateTimeFormatterBuilder();
    }

    private static DateTimeFormatter strict(DateTimeFormatterBuilder builder) {
        return builder.toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    private static DateTimeFormatter pattern(String pattern) {
        // DateTimeFormatter.ofPattern keeps the SMART resolver, which clamps e.g. Feb 30 to Feb 29
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
    }

    private static DateTimeFormatterBuilder two(DateTimeFormatterBuilder builder, TemporalField field) {
        return builder.appendValue(field, 2, 2, SignStyle.NOT_NEGATIVE);
    }

    private static DateTimeFormatterBuilder oneOrTwo(DateTimeFormatterBuilder builder, TemporalField field) {
        return builder.appendValue(field, 1, 2, SignStyle.NOT_NEGATIVE);
    }

    private static DateTimeFormatterBuilder fraction(DateTimeFormatterBuilder builder) {
        return builder.appendFraction(NANO_OF_SECOND, 1, 9, true);
    }

    /** "+HHmm" or "Z". */
    private static final DateTimeFormatter TZ_NO_COLON = strict(b().appendOffset("+HHmm", "Z"));

    /** yyyy[-MM[-dd]] with a year of four or more digits (signed when longer). */
    private static final DateTimeFormatter STRICT_YEAR_MONTH_DAY = strict(b()
            .appendValue(YEAR, 4, 10, SignStyle.EXCEEDS_PAD)
            .optionalStart().appendLiteral('-').appendValue(MONTH_OF_YEAR, 2, 2, SignStyle.NOT_NEGATIVE)
            .optionalStart().appendLiteral('-').appendValue(DAY_OF_MONTH, 2, 2, SignStyle.NOT_NEGATIVE)
            .optionalEnd().optionalEnd());

    /** HH:mm:ss, two digits each. */
    private static final DateTimeFormatter STRICT_HMS = strict(
            two(two(two(b(), HOUR_OF_DAY).appendLiteral(':'), MINUTE_OF_HOUR).appendLiteral(':'), SECOND_OF_MINUTE));

    /** HH:mm:ss + a 1-9 digit fraction. */
    private static final DateTimeFormatter STRICT_HMS_FRACTION = strict(fraction(b().append(STRICT_HMS)));

    /** Year 4+ digits, with a sign when longer. */
    private static DateTimeFormatterBuilder year4plus(DateTimeFormatterBuilder builder) {
        return builder.appendValue(YEAR, 4, 10, SignStyle.EXCEEDS_PAD);
    }

    /** y[-M[-d]] with 1-5 digit year, 1-2 digit month and day (lenient "date"). */
    private static final DateTimeFormatter DATE = strict(b()
            .appendValue(YEAR, 1, 5, SignStyle.NORMAL)
            .optionalStart().appendLiteral('-').appendValue(MONTH_OF_YEAR, 1, 2, SignStyle.NOT_NEGATIVE)
            .optionalStart().appendLiteral('-').appendValue(DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE)
            .optionalEnd().optionalEnd());

    /** H:m with one or two digits each. */
    private static final DateTimeFormatter HOUR_MINUTE = strict(
            oneOrTwo(oneOrTwo(b(), HOUR_OF_DAY).appendLiteral(':'), MINUTE_OF_HOUR));

    /** H:m:s with one or two digits each. */
    private static final DateTimeFormatter HOUR_MINUTE_SECOND = strict(
            oneOrTwo(b().append(HOUR_MINUTE).appendLiteral(':'), SECOND_OF_MINUTE));

    /** H:m:s + a fraction of 1-9 digits. */
    private static final DateTimeFormatter TIME_PREFIX = strict(fraction(b().append(HOUR_MINUTE_SECOND)));

    /** HHmmss without separators. */
    private static final DateTimeFormatter BASIC_HMS = strict(
            two(two(two(b(), HOUR_OF_DAY), MINUTE_OF_HOUR), SECOND_OF_MINUTE));

    /** yyyyMMdd. */
    private static final DateTimeFormatter BASIC_YMD = strict(
            two(two(b().appendValue(YEAR, 4, 4, SignStyle.NORMAL), MONTH_OF_YEAR), DAY_OF_MONTH));

    /** Ordinal date yyyy-DDD (1-3 digit day in the lenient form). */
    private static final DateTimeFormatter ORDINAL_DATE = strict(year4plus(b())
            .appendLiteral('-').appendValue(DAY_OF_YEAR, 1, 3, SignStyle.NOT_NEGATIVE));

    /** ISO week date xxxx-'W'ww-e. */
    private static final DateTimeFormatter ISO_WEEK_DATE = strict(b().parseCaseInsensitive()
            .appendValue(IsoFields.WEEK_BASED_YEAR, 4, 10, SignStyle.EXCEEDS_PAD)
            .appendLiteral("-W").appendValue(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 2)
            .appendLiteral('-').appendValue(DAY_OF_WEEK, 1));

    /** Lenient ISO week date: 1-2 digit week. */
    private static final DateTimeFormatter WEEK_DATE = strict(b()
            .appendValue(IsoFields.WEEK_BASED_YEAR, 4, 10, SignStyle.EXCEEDS_PAD)
            .appendLiteral("-W").appendValue(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1, 2, SignStyle.NOT_NEGATIVE)
            .appendLiteral('-').appendValue(DAY_OF_WEEK, 1));

    /** Basic week date xxxx'W'wwe (1-2 digit week). */
    private static final DateTimeFormatter BASIC_WEEK_DATE = strict(b()
            .appendValue(IsoFields.WEEK_BASED_YEAR)
            .appendLiteral("W").appendValue(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1, 2, SignStyle.NEVER)
            .appendValue(DAY_OF_WEEK));

    /** Strict basic week date: four digit week-based year. */
    private static final DateTimeFormatter STRICT_BASIC_WEEK_DATE = strict(b().parseStrict()
            .appendValue(IsoFields.WEEK_BASED_YEAR, 4)
            .appendLiteral("W").appendValue(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1, 2, SignStyle.NEVER)
            .appendValue(DAY_OF_WEEK));

    /** Week-based year with a two digit week (the strict_weekyear_week form). */
    private static final DateTimeFormatter STRICT_WEEKYEAR_WEEK = strict(b()
            .appendValue(WEEK_FIELDS.weekBasedYear(), 4, 10, SignStyle.EXCEEDS_PAD)
            .appendLiteral("-W").appendValue(WEEK_FIELDS.weekOfWeekBasedYear(), 2, 2, SignStyle.NOT_NEGATIVE));

    /** Zone endings of date-time formats; the "+HH:MM" one only appears in printers. */
    private enum Zone { OFFSET_WITH_COLON, ZONE_OR_OFFSET_ID, OFFSET_NO_COLON }

    private static DateTimeFormatter zoned(DateTimeFormatter base, Zone zone) {
        DateTimeFormatterBuilder builder = b().append(base);
        switch (zone) {
            case OFFSET_WITH_COLON:
                builder.appendOffset("+HH:MM", "Z");
                break;
            case ZONE_OR_OFFSET_ID:
                builder.appendZoneOrOffsetId();
                break;
            default:
                builder.append(TZ_NO_COLON);
                break;
        }
        return strict(builder);
    }

    /**
     * The parsers of a "base + zone" format: zone or offset id, or an offset without colon.
     * (Upstream lists a "+HH:MM" variant first, but a JavaDateFormatter's first formatter is only
     * its printer when parsers follow.)
     */
    private static List<DateTimeFormatter> zones(DateTimeFormatter base) {
        return List.of(zoned(base, Zone.ZONE_OR_OFFSET_ID), zoned(base, Zone.OFFSET_NO_COLON));
    }

    private static DateTimeFormatter prefixed(String literal, DateTimeFormatter rest) {
        return strict(b().appendLiteral(literal).append(rest));
    }

    private static DateTimeFormatter seq(DateTimeFormatter... parts) {
        DateTimeFormatterBuilder builder = b();
        for (DateTimeFormatter part : parts) {
            builder.append(part);
        }
        return strict(builder);
    }

    private static DateTimeFormatter lit(String literal) {
        return strict(b().appendLiteral(literal));
    }

    // ---------------------------------------------------------------- the formats

    private static void register(String snake, String camel, List<DateTimeFormatter> parsers) {
        BY_NAME.put(snake, parsers);
        if (camel != null) {
            BY_NAME.put(camel, parsers);
        }
    }

    private static void register(String snake, String camel, DateTimeFormatter parser) {
        register(snake, camel, List.of(parser));
    }

    static {
        registerIsoFamily();
        registerBasicFamily();
        registerStrictFamily();
        registerLenientFamily();
        registerWeekFamily();
    }

    // A JavaDateFormatter built from several formatters uses the first only for printing; the
    // lists below keep just the parsers.

    private static void registerIsoFamily() {
        // yyyy[-MM[-dd]][T[HH[:mm[:ss[.S][,S]]][zone]]] - zone only after an hour
        register("strict_date_optional_time", "strictDateOptionalTime", strict(b().append(STRICT_YEAR_MONTH_DAY)
                .optionalStart().appendLiteral('T')
                .optionalStart().appendValue(HOUR_OF_DAY, 2, 2, SignStyle.NOT_NEGATIVE)
                .optionalStart().appendLiteral(':').appendValue(MINUTE_OF_HOUR, 2, 2, SignStyle.NOT_NEGATIVE)
                .optionalStart().appendLiteral(':').appendValue(SECOND_OF_MINUTE, 2, 2, SignStyle.NOT_NEGATIVE)
                .optionalStart().appendFraction(NANO_OF_SECOND, 1, 9, true).optionalEnd()
                .optionalStart().appendLiteral(',').appendFraction(NANO_OF_SECOND, 1, 9, false).optionalEnd()
                .optionalEnd().optionalEnd()
                .optionalStart().appendZoneOrOffsetId().optionalEnd()
                .optionalStart().append(TZ_NO_COLON).optionalEnd()
                .optionalEnd().optionalEnd()));
        // yyyy[-MM[-dd]][THH:mm:ss[.S][,S][zone]]
        register("strict_date_optional_time_nanos", "strictDateOptionalTimeNanos", strict(b()
                .append(STRICT_YEAR_MONTH_DAY)
                .optionalStart().appendLiteral('T').append(STRICT_HMS)
                .optionalStart().appendFraction(NANO_OF_SECOND, 1, 9, true).optionalEnd()
                .optionalStart().appendLiteral(',').appendFraction(NANO_OF_SECOND, 1, 9, false).optionalEnd()
                .optionalStart().appendZoneOrOffsetId().optionalEnd()
                .optionalStart().append(TZ_NO_COLON).optionalEnd()
                .optionalEnd()));
        // like strict_date_optional_time, but the zone may follow a bare 'T'
        register("iso8601", null, strict(b().append(STRICT_YEAR_MONTH_DAY)
                .optionalStart().appendLiteral('T')
                .optionalStart().appendValue(HOUR_OF_DAY, 2, 2, SignStyle.NOT_NEGATIVE)
                .optionalStart().appendLiteral(':').appendValue(MINUTE_OF_HOUR, 2, 2, SignStyle.NOT_NEGATIVE)
                .optionalStart().appendLiteral(':').appendValue(SECOND_OF_MINUTE, 2, 2, SignStyle.NOT_NEGATIVE)
                .optionalStart().appendFraction(NANO_OF_SECOND, 1, 9, true).optionalEnd()
                .optionalStart().appendLiteral(",").appendFraction(NANO_OF_SECOND, 1, 9, false).optionalEnd()
                .optionalEnd().optionalEnd().optionalEnd()
                .optionalStart().appendZoneOrOffsetId().optionalEnd()
                .optionalStart().append(TZ_NO_COLON).optionalEnd()
                .optionalEnd()));
        // lenient digits everywhere: y[-M[-d]][T[H[:m[:s]][.S][,S][zone][+HHmm]]]
        register("date_optional_time", "dateOptionalTime", strict(b().append(DATE)
                .optionalStart().appendLiteral('T')
                .optionalStart().appendValue(HOUR_OF_DAY, 1, 2, SignStyle.NOT_NEGATIVE)
                .optionalStart().appendLiteral(':').appendValue(MINUTE_OF_HOUR, 1, 2, SignStyle.NOT_NEGATIVE)
                .optionalStart().appendLiteral(':').appendValue(SECOND_OF_MINUTE, 1, 2, SignStyle.NOT_NEGATIVE)
                .optionalEnd()
                .optionalStart().appendFraction(NANO_OF_SECOND, 1, 9, true).optionalEnd()
                .optionalStart().appendLiteral(',').appendFraction(NANO_OF_SECOND, 1, 9, false).optionalEnd()
                .optionalStart().appendZoneOrOffsetId().optionalEnd()
                .optionalStart().appendOffset("+HHmm", "Z").optionalEnd()
                .optionalEnd().optionalEnd().optionalEnd()));
    }

    private static void registerBasicFamily() {
        DateTimeFormatter basicTime = strict(fraction(b().append(BASIC_HMS)));
        DateTimeFormatter basicTTime = prefixed("T", basicTime);
        register("basic_time_no_millis", "basicTimeNoMillis", zones(BASIC_HMS));
        register("basic_time", "basicTime", zones(basicTime));
        register("basic_t_time", "basicTTime", List.of(zoned(basicTTime, Zone.ZONE_OR_OFFSET_ID),
                // upstream builds this one without the strict resolver
                b().append(basicTTime).append(TZ_NO_COLON).toFormatter(Locale.ROOT)));
        register("basic_t_time_no_millis", "basicTTimeNoMillis", zones(prefixed("T", BASIC_HMS)));
        register("basic_date_time", "basicDateTime", zones(seq(BASIC_YMD, basicTTime)));
        register("basic_date_time_no_millis", "basicDateTimeNoMillis", zones(seq(BASIC_YMD, lit("T"), BASIC_HMS)));
        register("basic_ordinal_date", "basicOrdinalDate", pattern("uuuuDDD"));
        register("basic_ordinal_date_time", "basicOrdinalDateTime",
                zones(seq(strict(b().appendPattern("yyyyDDD")), basicTTime)));
        register("basic_ordinal_date_time_no_millis", "basicOrdinalDateTimeNoMillis",
                zones(seq(strict(b().appendPattern("uuuuDDD")), lit("T"), BASIC_HMS)));
        register("basic_date", "basicDate", strict(b()
                .appendValue(YEAR, 1, 4, SignStyle.NORMAL)
                .appendValue(MONTH_OF_YEAR, 1, 2, SignStyle.NOT_NEGATIVE)
                .appendValue(DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE)));
        register("basic_week_date", "basicWeekDate", BASIC_WEEK_DATE);
        register("basic_week_date_time", "basicWeekDateTime", zones(seq(BASIC_WEEK_DATE, basicTTime)));
        register("basic_week_date_time_no_millis", "basicWeekDateTimeNoMillis",
                zones(seq(BASIC_WEEK_DATE, lit("T"), BASIC_HMS)));
    }

    private static void registerStrictFamily() {
        DateTimeFormatter strictDateT = seq(STRICT_YEAR_MONTH_DAY, lit("T"));
        register("strict_date", "strictDate",
                DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.LENIENT).withLocale(Locale.ROOT));
        register("strict_date_hour", "strictDateHour", pattern("uuuu-MM-dd'T'HH"));
        register("strict_date_hour_minute", "strictDateHourMinute", pattern("uuuu-MM-dd'T'HH:mm"));
        register("strict_date_hour_minute_second", "strictDateHourMinuteSecond", pattern("uuuu-MM-dd'T'HH:mm:ss"));
        register("strict_year_month_day", "strictYearMonthDay", STRICT_YEAR_MONTH_DAY);
        register("strict_year_month", "strictYearMonth",
                strict(year4plus(b()).appendLiteral("-").appendValue(MONTH_OF_YEAR, 2, 2, SignStyle.NOT_NEGATIVE)));
        register("strict_year", "strictYear", strict(year4plus(b())));
        register("strict_hour_minute_second", "strictHourMinuteSecond", STRICT_HMS);
        register("strict_hour", "strictHour", pattern("HH"));
        register("strict_hour_minute", "strictHourMinute", pattern("HH:mm"));
        register("strict_date_time", "strictDateTime", zones(seq(strictDateT, strict(b().append(STRICT_HMS)
                .optionalStart().appendFraction(NANO_OF_SECOND, 1, 9, true).optionalEnd()))));
        register("strict_date_time_no_millis", "strictDateTimeNoMillis", zones(seq(strictDateT, STRICT_HMS)));
        register("strict_hour_minute_second_millis", "strictHourMinuteSecondMillis", STRICT_HMS_FRACTION);
        register("strict_hour_minute_second_fraction", "strictHourMinuteSecondFraction", STRICT_HMS_FRACTION);
        register("strict_date_hour_minute_second_fraction", "strictDateHourMinuteSecondFraction",
                seq(strictDateT, STRICT_HMS_FRACTION));
        register("strict_date_hour_minute_second_millis", "strictDateHourMinuteSecondMillis",
                seq(strictDateT, STRICT_HMS_FRACTION));
        register("strict_ordinal_date_time_no_millis", "strictOrdinalDateTimeNoMillis",
                zones(strict(year4plus(b()).appendLiteral('-').appendValue(DAY_OF_YEAR, 3, 3, SignStyle.NOT_NEGATIVE)
                        .appendLiteral('T').append(STRICT_HMS))));
        register("strict_ordinal_date_time", "strictOrdinalDateTime", zones(ordinalDateTime()));
        register("strict_ordinal_date", "strictOrdinalDate", strict(b().parseCaseInsensitive()
                .appendValue(YEAR, 4, 10, SignStyle.EXCEEDS_PAD).appendLiteral('-').appendValue(DAY_OF_YEAR, 3)));
        register("strict_time", "strictTime", zones(STRICT_HMS_FRACTION));
        register("strict_t_time", "strictTTime", zones(prefixed("T", STRICT_HMS_FRACTION)));
        register("strict_time_no_millis", "strictTimeNoMillis", zones(STRICT_HMS));
        register("strict_t_time_no_millis", "strictTTimeNoMillis", zones(prefixed("T", STRICT_HMS)));
        DateTimeFormatter isoWeekDateT = seq(ISO_WEEK_DATE, lit("T"));
        register("strict_week_date", "strictWeekDate", ISO_WEEK_DATE);
        register("strict_week_date_time_no_millis", "strictWeekDateTimeNoMillis", zones(seq(isoWeekDateT, STRICT_HMS)));
        register("strict_week_date_time", "strictWeekDateTime", zones(seq(isoWeekDateT, STRICT_HMS_FRACTION)));
        DateTimeFormatter basicWeekPrinted = strict(b().parseStrict()
                .appendValue(IsoFields.WEEK_BASED_YEAR, 4)
                .appendLiteral("W").appendValue(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 2, 2, SignStyle.NEVER)
                .appendValue(DAY_OF_WEEK));
        register("strict_basic_week_date", "strictBasicWeekDate", STRICT_BASIC_WEEK_DATE);
        register("strict_basic_week_date_time_no_millis", "strictBasicWeekDateTimeNoMillis",
                zones(seq(basicWeekPrinted, lit("T"), BASIC_HMS)));
        register("strict_basic_week_date_time", "strictBasicWeekDateTime",
                zones(seq(STRICT_BASIC_WEEK_DATE, lit("T"), strict(fraction(b().append(BASIC_HMS))))));
        register("strict_weekyear", "strictWeekyear",
                strict(b().appendValue(WEEK_FIELDS.weekBasedYear(), 4, 10, SignStyle.EXCEEDS_PAD)));
        register("strict_weekyear_week", "strictWeekyearWeek", STRICT_WEEKYEAR_WEEK);
        register("strict_weekyear_week_day", "strictWeekyearWeekDay",
                strict(b().append(STRICT_WEEKYEAR_WEEK).appendLiteral("-").appendValue(WEEK_FIELDS.dayOfWeek())));
    }

    /** yyyy-DDD'T'HH:mm[:ss.fraction]. */
    private static DateTimeFormatter ordinalDateTime() {
        return strict(year4plus(b()).appendLiteral('-').appendValue(DAY_OF_YEAR, 3, 3, SignStyle.NOT_NEGATIVE)
                .appendLiteral('T').appendPattern("HH:mm")
                .optionalStart().appendLiteral(':').appendValue(SECOND_OF_MINUTE, 2, 2, SignStyle.NOT_NEGATIVE)
                .appendFraction(NANO_OF_SECOND, 1, 9, true).optionalEnd());
    }

    private static void registerLenientFamily() {
        DateTimeFormatter dateT = seq(DATE, lit("T"));
        register("date", null, DATE);
        register("date_hour", "dateHour", strict(oneOrTwo(b().append(dateT), HOUR_OF_DAY)));
        register("date_hour_minute", "dateHourMinute", seq(dateT, HOUR_MINUTE));
        register("date_hour_minute_second", "dateHourMinuteSecond", seq(dateT, HOUR_MINUTE_SECOND));
        register("date_hour_minute_second_millis", "dateHourMinuteSecondMillis",
                seq(dateT, strict(b().append(HOUR_MINUTE_SECOND).appendFraction(NANO_OF_SECOND, 1, 3, true))));
        register("date_hour_minute_second_fraction", "dateHourMinuteSecondFraction", seq(dateT, TIME_PREFIX));
        // date'T'H:m[:s.S] followed by an offset with colon, or without colon
        DateTimeFormatter dateTime = strict(b().append(DATE).appendLiteral('T').append(HOUR_MINUTE)
                .optionalStart().appendLiteral(':').appendValue(SECOND_OF_MINUTE, 1, 2, SignStyle.NOT_NEGATIVE)
                .appendFraction(NANO_OF_SECOND, 1, 9, true).optionalEnd());
        register("date_time", "dateTime", List.of(zoned(dateTime, Zone.OFFSET_WITH_COLON),
                zoned(dateTime, Zone.OFFSET_NO_COLON)));
        DateTimeFormatter dateTimePrefix = strict(b().append(DATE).appendLiteral('T').append(HOUR_MINUTE)
                .optionalStart().appendLiteral(':').appendValue(SECOND_OF_MINUTE, 1, 2, SignStyle.NOT_NEGATIVE)
                .optionalEnd());
        register("date_time_no_millis", "dateTimeNoMillis", List.of(zoned(dateTimePrefix, Zone.OFFSET_WITH_COLON),
                zoned(dateTimePrefix, Zone.OFFSET_NO_COLON),
                strict(b().append(dateTimePrefix).optionalStart().appendZoneOrOffsetId().optionalEnd()),
                strict(b().append(dateTimePrefix).optionalStart().append(TZ_NO_COLON).optionalEnd())));
        register("hour_minute_second_millis", "hourMinuteSecondMillis",
                strict(b().append(HOUR_MINUTE_SECOND).appendFraction(NANO_OF_SECOND, 1, 3, true)));
        register("hour_minute_second_fraction", "hourMinuteSecondFraction", TIME_PREFIX);
        register("hour_minute", "hourMinute", HOUR_MINUTE);
        register("hour_minute_second", "hourMinuteSecond", HOUR_MINUTE_SECOND);
        register("hour", null, strict(oneOrTwo(b(), HOUR_OF_DAY)));
        register("ordinal_date", "ordinalDate", ORDINAL_DATE);
        register("ordinal_date_time", "ordinalDateTime", zones(strict(b().append(ORDINAL_DATE).appendLiteral('T')
                .append(HOUR_MINUTE)
                .optionalStart().appendLiteral(':').appendValue(SECOND_OF_MINUTE, 1, 2, SignStyle.NOT_NEGATIVE)
                .appendFraction(NANO_OF_SECOND, 1, 9, true).optionalEnd())));
        register("ordinal_date_time_no_millis", "ordinalDateTimeNoMillis",
                zones(seq(ORDINAL_DATE, lit("T"), HOUR_MINUTE_SECOND)));
        register("time", null, zones(TIME_PREFIX));
        register("time_no_millis", "timeNoMillis", zones(HOUR_MINUTE_SECOND));
        register("t_time", "tTime", zones(prefixed("T", TIME_PREFIX)));
        register("t_time_no_millis", "tTimeNoMillis", zones(prefixed("T", HOUR_MINUTE_SECOND)));
        register("year_month", "yearMonth",
                strict(b().appendValue(YEAR).appendLiteral("-").appendValue(MONTH_OF_YEAR)));
        register("year_month_day", "yearMonthDay", strict(b().appendValue(YEAR)
                .appendLiteral("-").appendValue(MONTH_OF_YEAR).appendLiteral("-").appendValue(DAY_OF_MONTH)));
        register("year", null, strict(b().appendValue(YEAR)));
    }

    private static void registerWeekFamily() {
        register("week_date", "weekDate", WEEK_DATE);
        register("week_date_time", "weekDateTime", zones(seq(WEEK_DATE, lit("T"), TIME_PREFIX)));
        register("week_date_time_no_millis", "weekDateTimeNoMillis", zones(seq(WEEK_DATE, lit("T"), HOUR_MINUTE_SECOND)));
        DateTimeFormatter weekYear = strict(b().appendValue(WEEK_FIELDS.weekBasedYear()));
        register("week_year", null, weekYear);
        register("weekyear", null, weekYear);
        register("weekyear_week", "weekyearWeek", strict(b()
                .appendValue(WEEK_FIELDS.weekBasedYear()).appendLiteral("-W")
                .appendValue(WEEK_FIELDS.weekOfWeekBasedYear())));
        register("weekyear_week_day", "weekyearWeekDay", strict(b()
                .appendValue(WEEK_FIELDS.weekBasedYear()).appendLiteral("-W")
                .appendValue(WEEK_FIELDS.weekOfWeekBasedYear()).appendLiteral("-")
                .appendValue(WEEK_FIELDS.dayOfWeek())));
    }
}
