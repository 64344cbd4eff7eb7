package dev.otelint.records;

import java.util.List;

/**
 * Makes the values of an encoded document, each positioned at the OTLP/JSON value it came from,
 * or, for values with no source of their own (defaults, derived fields), at the record's start.
 * Protobuf input has no positions: everything is at line 0.
 */
final class Origin {
    static final Origin NONE = new Origin(0, 0);

    private final int line;
    private final int column;

    private Origin(int line, int column) {
        this.line = line;
        this.column = column;
    }

    /** Values without a source of their own are placed where {@code record} starts. */
    static Origin of(JsonValue record) {
        return record == null ? NONE : new Origin(record.line(), record.column());
    }

    JsonValue string(String text, JsonValue source) {
        return JsonValue.string(text, line(source), column(source));
    }

    /** A number from its JSON literal. */
    JsonValue number(String literal, JsonValue source) {
        return JsonValue.number(literal, isIntegral(literal), line(source), column(source));
    }

    JsonValue bool(boolean value, JsonValue source) {
        return JsonValue.bool(value, line(source), column(source));
    }

    JsonValue nullValue(JsonValue source) {
        return JsonValue.nullValue(line(source), column(source));
    }

    JsonValue object(List<JsonValue.Member> members, JsonValue source) {
        return JsonValue.object(members, line(source), column(source));
    }

    JsonValue array(List<JsonValue> elements, JsonValue source) {
        return JsonValue.array(elements, line(source), column(source));
    }

    /** A member whose name is placed at the source member's name. */
    JsonValue.Member member(String name, JsonValue value, JsonValue.Member source) {
        return source == null
                ? new JsonValue.Member(name, value, line, column)
                : new JsonValue.Member(name, value, source.line(), source.column());
    }

    /** A member whose name is placed at {@code nameSource}, e.g. the "key" of an OTLP attribute. */
    JsonValue.Member member(String name, JsonValue value, JsonValue nameSource) {
        return new JsonValue.Member(name, value, line(nameSource), column(nameSource));
    }

    int line(JsonValue source) {
        return source != null ? source.line() : line;
    }

    int column(JsonValue source) {
        return source != null ? source.column() : column;
    }

    private static boolean isIntegral(String literal) {
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return false;
            }
        }
        return true;
    }
}
