package dev.otelint.records;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds one object of an encoded document, mirroring an OTLP/JSON source object (null for
 * protobuf): a field named after a source field is positioned where that field is written.
 */
final class ObjectBuilder {
    private final Origin origin;
    private final JsonValue objectSource;
    private final JsonValue source;
    private final List<JsonValue.Member> members;

    ObjectBuilder(Origin origin, JsonValue source) {
        this(origin, source, source, new ArrayList<>());
    }

    private ObjectBuilder(Origin origin, JsonValue objectSource, JsonValue source, List<JsonValue.Member> members) {
        this.origin = origin;
        this.objectSource = objectSource;
        this.source = source;
        this.members = members;
    }

    /** The same object, with source fields looked up in {@code other} (e.g. a metric for its data point). */
    ObjectBuilder lookingIn(JsonValue other) {
        return new ObjectBuilder(origin, objectSource, other, members);
    }

    Origin origin() {
        return origin;
    }

    /** Adds {@code value} under {@code name}, positioned at the source object's {@code sourceField}. */
    ObjectBuilder put(String name, JsonValue value, String sourceField) {
        return put(name, value, OtlpSource.member(source, sourceField));
    }

    /** Adds {@code value} under {@code name}, positioned at {@code from} (a member of any source object). */
    ObjectBuilder put(String name, JsonValue value, JsonValue.Member from) {
        members.add(origin.member(name, value, from));
        return this;
    }

    /** Adds {@code value} under {@code name}, the name positioned at {@code nameAt}. */
    ObjectBuilder putAt(String name, JsonValue value, JsonValue nameAt) {
        members.add(origin.member(name, value, nameAt));
        return this;
    }

    ObjectBuilder string(String name, String text, String sourceField) {
        JsonValue.Member from = OtlpSource.member(source, sourceField);
        return put(name, origin.string(text, valueOf(from)), from);
    }

    /** Like {@link #string} but leaves out an empty text, as Go's `json:",omitempty"` does. */
    ObjectBuilder stringIfNotEmpty(String name, String text, String sourceField) {
        return text.isEmpty() ? this : string(name, text, sourceField);
    }

    ObjectBuilder number(String name, String literal, String sourceField) {
        JsonValue.Member from = OtlpSource.member(source, sourceField);
        return put(name, origin.number(literal, valueOf(from)), from);
    }

    /** An unsigned 32/64-bit count, as Go writes a uint. */
    ObjectBuilder unsigned(String name, long value, String sourceField) {
        return number(name, Long.toUnsignedString(value), sourceField);
    }

    ObjectBuilder bool(String name, boolean value, String sourceField) {
        JsonValue.Member from = OtlpSource.member(source, sourceField);
        return put(name, origin.bool(value, valueOf(from)), from);
    }

    /** A time as RFC 3339 text, from a *UnixNano source field. */
    ObjectBuilder time(String name, long unixNanos, String sourceField) {
        return string(name, GoFormat.timestamp(unixNanos), sourceField);
    }

    boolean isEmpty() {
        return members.isEmpty();
    }

    JsonValue build() {
        return origin.object(members, objectSource);
    }

    private static JsonValue valueOf(JsonValue.Member member) {
        return member == null ? null : member.value();
    }
}
