package dev.otelint.collector.receiver.filelog.timeparse;

/** One element of a time layout: literal text, or a value (Go's std chunks: year, month, zone...). */
enum Chunk {
    LITERAL, YEAR4, YEAR2, MONTH_NAME, MONTH_SHORT, MONTH2, MONTH, DAY2, DAY, DAY_SPACE_PADDED, YEAR_DAY,
    WEEKDAY_NAME, WEEKDAY_SHORT, HOUR24, HOUR12_2, HOUR12, MINUTE2, MINUTE, SECOND2, SECOND, PM_UPPER, PM_LOWER,
    ZONE_NAME, OFFSET_HHMM, OFFSET_HH_COLON_MM, OFFSET_HH, Z_OFFSET_HHMM, Z_OFFSET_HH_COLON_MM, Z_OFFSET_HH,
    FRACTION_FIXED, FRACTION_ANY;

    /** One piece of a compiled layout; {@code text} is the literal or the layout text, {@code digits} a fraction's. */
    record Part(Chunk chunk, String text, int digits) {}
}
