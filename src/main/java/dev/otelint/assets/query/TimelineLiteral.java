package dev.otelint.assets.query;

/**
 * A literal argument of a Timeline expression: its value, and where each value character was written
 * (quoted literals may hold backslash escapes, so value and text positions can drift apart).
 */
final class TimelineLiteral {
    private final String value;
    private final int[] sourceOffsets;
    private final int end;
    private final boolean quoted;

    TimelineLiteral(String value, int[] sourceOffsets, int end, boolean quoted) {
        this.value = value;
        this.sourceOffsets = sourceOffsets;
        this.end = end;
        this.quoted = quoted;
    }

    String value() {
        return value;
    }

    boolean quoted() {
        return quoted;
    }

    /** The text offset of value character {@code index}; {@code value().length()} maps past the last one. */
    int sourceOffset(int index) {
        return index < sourceOffsets.length ? sourceOffsets[index] : end;
    }

    /** The value from {@code from} (inclusive) to {@code to} (exclusive) as a field reference. */
    QueryField field(int from, int to, FieldRole role, String function) {
        int offset = sourceOffset(from);
        int length = to == from ? 0 : sourceOffset(to - 1) + 1 - offset;
        return new QueryField(value.substring(from, to), offset, length, role, function);
    }
}
