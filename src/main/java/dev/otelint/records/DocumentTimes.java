package dev.otelint.records;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time fields of Simple Schema documents, those the encoder writes: {@code @timestamp},
 * {@code observedTimestamp}, {@code startTime}, {@code endTime}, the events' {@code @timestamp} and
 * {@code observedTimestamp}, and the exemplars' {@code time}. Shifting one keeps its text form:
 * epoch milliseconds stay numbers (or digit strings), RFC 3339 text keeps its fraction digits and
 * zone. Times at or before 1970-01-01T00:00:00Z (the zero times the exporter writes for "not set")
 * and values that are no date are left as they are.
 */
final class DocumentTimes {
    private static final Set<String> TOP_LEVEL = Set.of("@timestamp", "observedTimestamp", "startTime", "endTime");
    private static final Set<String> IN_EVENTS = Set.of("@timestamp", "observedTimestamp");
    private static final Set<String> IN_EXEMPLARS = Set.of("time");
    private static final Pattern EPOCH_MILLIS = Pattern.compile("(-?\\d{1,19})(\\.\\d*)?");
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2})([.,]\\d{1,9})?)?)?(Z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private DocumentTimes() {}

    /** The document with every set time moved by {@code seconds}. */
    static JsonValue shift(JsonValue document, long seconds) {
        return map(document, TOP_LEVEL, time -> { }, seconds);
    }

    /** Gives every set time of the document to {@code sink}. */
    static void each(JsonValue document, Consumer<Instant> sink) {
        map(document, TOP_LEVEL, sink, 0);
    }

    private static JsonValue map(JsonValue object, Set<String> times, Consumer<Instant> sink, long seconds) {
        if (!object.isObject()) {
            return object;
        }
        List<JsonValue.Member> members = new ArrayList<>(object.members().size());
        for (JsonValue.Member member : object.members()) {
            JsonValue value = member.value();
            JsonValue mapped = value;
            if (times.contains(member.name())) {
                mapped = time(value, sink, seconds);
            } else if (times == TOP_LEVEL && member.name().equals("events")) {
                mapped = elements(value, IN_EVENTS, sink, seconds);
            } else if (times == TOP_LEVEL && member.name().equals("exemplars")) {
                mapped = elements(value, IN_EXEMPLARS, sink, seconds);
            }
            members.add(mapped == value ? member
                    : new JsonValue.Member(member.name(), mapped, member.line(), member.column()));
        }
        return JsonValue.object(members, object.line(), object.column());
    }

    private static JsonValue elements(JsonValue array, Set<String> times, Consumer<Instant> sink, long seconds) {
        if (!array.isArray()) {
            return array;
        }
        List<JsonValue> elements = new ArrayList<>(array.elements().size());
        for (JsonValue element : array.elements()) {
            elements.add(map(element, times, sink, seconds));
        }
        return JsonValue.array(elements, array.line(), array.column());
    }

    private static JsonValue time(JsonValue value, Consumer<Instant> sink, long seconds) {
        Instant instant = TimeDecoder.instant(value);
        if (instant == null || !instant.isAfter(Instant.EPOCH)) {
            return value;
        }
        sink.accept(instant);
        if (seconds == 0) {
            return value;
        }
        String text = shiftedText(value.text(), instant, seconds);
        return value.isString() ? JsonValue.string(text, value.line(), value.column())
                : JsonValue.number(text, value.kind() == JsonValue.Kind.INTEGER, value.line(), value.column());
    }

    /** The text moved by whole seconds, in the same form; Go's RFC3339Nano form for shapes not kept. */
    private static String shiftedText(String text, Instant instant, long seconds) {
        Matcher epoch = EPOCH_MILLIS.matcher(text);
        if (epoch.matches()) {
            String fraction = epoch.group(2) == null ? "" : epoch.group(2);
            return Math.addExact(Long.parseLong(epoch.group(1)), Math.multiplyExact(seconds, 1000L)) + fraction;
        }
        Matcher iso = ISO.matcher(text);
        Instant shifted = instant.plusSeconds(seconds);
        if (!iso.matches() || shifted.isBefore(Instant.EPOCH)) {
            return GoFormat.timestamp(shifted.getEpochSecond() * 1_000_000_000L + shifted.getNano());
        }
        // The zone stays the same, so moving the local time moves the instant by as much.
        LocalDateTime local = LocalDateTime.parse(iso.group(1) + "T" + orZero(iso.group(2)) + ":"
                + orZero(iso.group(3)) + ":" + orZero(iso.group(4))).plusSeconds(seconds);
        return DATE_TIME.format(local) + (iso.group(5) == null ? "" : iso.group(5))
                + (iso.group(6) == null ? "" : iso.group(6));
    }

    private static String orZero(String twoDigits) {
        return twoDigits == null ? "00" : twoDigits;
    }
}
