package dev.otelint.records;

import com.google.protobuf.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code otelint push --shift-timestamps}: moves every time of the records by one offset so that the
 * newest record's time becomes "now" and the spacing between records is kept, so sample data shows
 * up in a dashboard's "last 15 minutes".
 *
 * <p>OpenSearch Dashboards' integrations "try it" flow (dashboards-observability,
 * IntegrationReader.getSampleData) does this differently: it gives each sample record that has
 * {@code @timestamp} a random time within the last 10 minutes (millisecond ISO text), copies it to
 * {@code observedTimestamp} when present, and leaves all other times alone. otelint differs on
 * purpose: it keeps the records' order and spacing (a trace's spans stay nested, a counter's
 * points stay in order), moves every time field (span start/end, event and exemplar times, data
 * point start times), and keeps each value's text form. The offset is a whole number of seconds
 * (the newest time lands within the second before now, never after it), so that RFC 3339 text keeps
 * exactly its fraction digits and epoch milliseconds stay integers. Zero times (OTLP's "not set",
 * the exporter's 1970 and Go zero times) are left untouched and are not counted as newest.
 */
public final class TimestampShift {
    private final Duration offset;

    private TimestampShift(Duration offset) {
        this.offset = offset;
    }

    /** The shift that moves {@code newestRecordTime} to {@code now}, rounded down to whole seconds. */
    public static TimestampShift between(Instant newestRecordTime, Instant now) {
        // Duration keeps its nanos positive, so getSeconds() is the floor.
        return new TimestampShift(Duration.ofSeconds(Duration.between(newestRecordTime, now).getSeconds()));
    }

    public Duration offset() {
        return offset;
    }

    /**
     * The export request (logs, traces or metrics) with every set time moved.
     *
     * @throws IllegalArgumentException when a time would move outside 1970..2262, which OTLP cannot hold
     */
    public <T extends Message> T shift(T exportRequest) {
        long nanos = offset.toNanos();
        return ProtoTimes.map(exportRequest, time -> {
            long shifted = time + nanos;
            if (shifted <= 0 || (nanos > 0 && shifted < time)) {
                throw new IllegalArgumentException("moving " + GoFormat.timestamp(time) + " by " + offset
                        + " leaves OTLP's time range (1970 to 2262)");
            }
            return shifted;
        });
    }

    /** The Simple Schema document with every set time moved, each in its own text form. */
    public JsonValue shift(JsonValue document) {
        return DocumentTimes.shift(document, offset.getSeconds());
    }

    /** The newest set time of an export request (any of its time fields), for a first pass over the input. */
    public static Optional<Instant> newestTime(Message exportRequest) {
        long max = ProtoTimes.max(exportRequest);
        return max == 0 ? Optional.empty() : Optional.of(Instant.EPOCH.plusNanos(max));
    }

    /** The newest set time of a Simple Schema document's time fields. */
    public static Optional<Instant> newestTime(JsonValue document) {
        Instant[] newest = {null};
        DocumentTimes.each(document, time -> {
            if (newest[0] == null || time.isAfter(newest[0])) {
                newest[0] = time;
            }
        });
        return Optional.ofNullable(newest[0]);
    }
}
