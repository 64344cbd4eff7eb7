package dev.otelint.records;

/**
 * Writes a value as Go's json.Marshal does, for the places where the exporter turns a map or a
 * list into a string (a kvlist log body, a kvlist resource attribute): compact, with &lt; &gt; &amp;
 * and U+2028/U+2029 escaped. Object members must already be in Go's order (sorted keys).
 */
final class GoJson {
    private GoJson() {}

    static String marshal(JsonValue value) {
        StringBuilder sb = new StringBuilder();
        value.appendJson(sb, true, Integer.MAX_VALUE);
        return sb.toString();
    }
}
