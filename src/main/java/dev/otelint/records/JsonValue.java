package dev.otelint.records;

import java.util.List;

/**
 * A JSON value together with the line and column (1-based) where it starts in its file.
 * Scalars keep their literal text, so "1", "1.0" and "1e3" stay distinguishable, as the
 * OpenSearch field mappers distinguish them. Objects keep members in order, duplicates included.
 */
public final class JsonValue {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    public enum Kind { OBJECT, ARRAY, STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

    public record Member(String name, JsonValue value, int line, int column) {}

    private final Kind kind;
    private final String text;
    private final List<Member> members;
    private final List<JsonValue> elements;
    private final int line;
    private final int column;

    private JsonValue(Kind kind, String text, List<Member> members, List<JsonValue> elements, int line, int column) {
        this.kind = kind;
        this.text = text;
        this.members = members;
        this.elements = elements;
        this.line = line;
        this.column = column;
    }

    public static JsonValue string(String text, int line, int column) {
        return new JsonValue(Kind.STRING, text, List.of(), List.of(), line, column);
    }

    /** A number from its JSON literal; integral when the literal has no fraction or exponent. */
    public static JsonValue number(String literal, boolean integral, int line, int column) {
        return new JsonValue(integral ? Kind.INTEGER : Kind.DECIMAL, literal, List.of(), List.of(), line, column);
    }

    public static JsonValue bool(boolean value, int line, int column) {
        return new JsonValue(Kind.BOOLEAN, value ? "true" : "false", List.of(), List.of(), line, column);
    }

    public static JsonValue nullValue(int line, int column) {
        return new JsonValue(Kind.NULL, "null", List.of(), List.of(), line, column);
    }

    public static JsonValue object(List<Member> members, int line, int column) {
        return new JsonValue(Kind.OBJECT, null, members, List.of(), line, column);
    }

    public static JsonValue array(List<JsonValue> elements, int line, int column) {
        return new JsonValue(Kind.ARRAY, null, List.of(), elements, line, column);
    }

    public Kind kind() { return kind; }
    /** Literal text of a scalar (string content without quotes); null for objects and arrays. */
    public String text() { return text; }
    public List<Member> members() { return members; }
    public List<JsonValue> elements() { return elements; }
    public int line() { return line; }
    public int column() { return column; }

    public boolean isObject() { return kind == Kind.OBJECT; }
    public boolean isArray() { return kind == Kind.ARRAY; }
    public boolean isString() { return kind == Kind.STRING; }
    public boolean isNumber() { return kind == Kind.INTEGER || kind == Kind.DECIMAL; }
    public boolean isNull() { return kind == Kind.NULL; }
    public boolean isScalar() { return kind != Kind.OBJECT && kind != Kind.ARRAY; }

    /** First member with this exact name, or null. */
    public JsonValue get(String name) {
        for (Member m : members) {
            if (m.name().equals(name)) {
                return m.value();
            }
        }
        return null;
    }

    /** The value as JSON text, for messages ("actual" of a finding). */
    public String toJson() {
        return toJsonPrefix(Integer.MAX_VALUE);
    }

    /**
     * The value as JSON text, written only until it is longer than {@code limit} characters: its first
     * {@code limit + 1} characters are those of {@link #toJson()}, enough to show a large value cut short
     * without serialising all of it.
     */
    public String toJsonPrefix(int limit) {
        // sized for a whole document (the opensearch exporter writes each one): growing from 16 chars cost
        // ~10% of push's CPU in copies
        StringBuilder sb = new StringBuilder(Math.min(limit, 1023) + 1);
        appendJson(sb, false, limit);
        return sb.toString();
    }

    /**
     * Writes compact JSON, stopping once {@code sb} is longer than {@code limit}; {@code goEscapes} as for
     * {@link #appendQuoted}.
     */
    void appendJson(StringBuilder sb, boolean goEscapes, int limit) {
        if (sb.length() > limit) {
            return;
        }
        switch (kind) {
            case STRING -> appendQuoted(sb, text, goEscapes);
            case OBJECT -> {
                sb.append('{');
                for (int i = 0; i < members.size() && sb.length() <= limit; i++) {
                    if (i > 0) sb.append(',');
                    appendQuoted(sb, members.get(i).name(), goEscapes);
                    sb.append(':');
                    members.get(i).value().appendJson(sb, goEscapes, limit);
                }
                sb.append('}');
            }
            case ARRAY -> {
                sb.append('[');
                for (int i = 0; i < elements.size() && sb.length() <= limit; i++) {
                    if (i > 0) sb.append(',');
                    elements.get(i).appendJson(sb, goEscapes, limit);
                }
                sb.append(']');
            }
            default -> sb.append(text);
        }
    }

    /**
     * Quotes {@code s} as JSON: short escapes for quote, backslash, newline, return and tab, unicode escapes for
     * the other control characters. With {@code goEscapes}, as Go's encoding/json does: backspace and form feed
     * get short escapes too, and &lt; &gt; &amp; U+2028 U+2029 unicode escapes.
     */
    private static void appendQuoted(StringBuilder sb, String s, boolean goEscapes) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (goEscapes && c == '\b') {
                        sb.append("\\b");
                    } else if (goEscapes && c == '\f') {
                        sb.append("\\f");
                    } else if (c < 0x20 || goEscapes && isGoEscaped(c)) {
                        sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf])
                                .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    // Go escapes these so that its JSON can be embedded in HTML and in JavaScript source.
    private static boolean isGoEscaped(char c) {
        return c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029';
    }

    @Override
    public String toString() {
        return toJson();
    }
}
