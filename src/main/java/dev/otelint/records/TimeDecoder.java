package dev.otelint.records;

import dev.otelint.validate.dates.DateFormat;
import java.time.Instant;

/**
 * Times of Simple Schema documents as OpenSearch reads them into the ss4o templates' date fields,
 * whose format is the default {@code strict_date_optional_time||epoch_millis}: RFC 3339 / ISO
 * text (a missing zone is UTC) or epoch milliseconds, as a JSON number or a string.
 */
final class TimeDecoder {
    /** OpenSearch's format for a date field that names none (DateFieldMapper.DEFAULT_DATE_TIME_FORMATTER). */
    private static final DateFormat OPENSEARCH_DEFAULT = DateFormat.of("strict_date_optional_time||epoch_millis");
    /** time.Time{} as Go's encoding/json writes it: the exporter's never-set span @timestamp. */
    static final Instant GO_ZERO_TIME = Instant.parse(GoFormat.ZERO_TIME);
    private static final String EXPECTED = "an RFC 3339 time or epoch milliseconds "
            + "(OpenSearch's strict_date_optional_time||epoch_millis) from 1970 to 2262";

    private TimeDecoder() {}

    /** The instant a JSON value denotes, or null when it is no date OpenSearch would accept. */
    static Instant instant(JsonValue value) {
        if (value == null || !(value.isString() || value.isNumber())) {
            return null;
        }
        return OPENSEARCH_DEFAULT.parse(value.text());
    }

    /** The field's time in Unix nanoseconds, as OTLP *_unix_nano fields hold it; 0 when not set. */
    static long unixNanos(DocumentFields fields, String name) throws UnencodableRecordException {
        JsonValue value = fields.value(name);
        if (value == null) {
            return 0;
        }
        Instant instant = instant(value);
        if (instant == null) {
            throw fields.wrongType(name, EXPECTED, value);
        }
        if (instant.equals(GO_ZERO_TIME)) {
            return 0; // what Go writes for a zero time.Time, so the record had none
        }
        if (instant.isBefore(Instant.EPOCH)) {
            throw fields.wrongType(name, EXPECTED, value);
        }
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
        } catch (ArithmeticException e) {
            throw fields.wrongType(name, EXPECTED, value);
        }
    }
}
