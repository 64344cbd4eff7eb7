package dev.otelint.report;

/** Escaping for XML 1.0 text and attribute values. */
final class Xml {

    private Xml() {}

    static String text(String value) {
        return escape(value, false);
    }

    /**
     * In attributes, newlines and tabs are written as character references too: a parser would
     * otherwise normalise them to spaces (XML 1.0 section 3.3.3).
     */
    static String attribute(String value) {
        return escape(value, true);
    }

    private static String escape(String value, boolean attribute) {
        StringBuilder sb = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                default -> i = appendChar(sb, value, i);
            }
        }
        return sb.toString();
    }

    /** Appends the character at i (a surrogate pair as a whole) and returns the index of its last char. */
    private static int appendChar(StringBuilder sb, String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
            sb.append(c).append(value.charAt(i + 1));
            return i + 1;
        }
        // XML 1.0 Char production: no other controls, no lone surrogates, no U+FFFE/U+FFFF
        boolean allowed = c >= 0x20 && !Character.isSurrogate(c) && c != 0xfffe && c != 0xffff;
        sb.append(allowed ? c : '\ufffd');
        return i;
    }
}
