package dev.otelint.assets.query;

/**
 * Removes query_string escapes like Lucene's QueryParserBase.discardEscapeChar: a backslash keeps the
 * next character, {@code \}{@code uXXXX} is that UTF-16 unit, and a trailing backslash or a short or
 * non-hex unicode escape is a syntax error.
 */
final class LuceneEscapes {

    private LuceneEscapes() {}

    /** The unescaped text of {@code raw}, which starts at {@code offset} in the query (for errors). */
    static String unescape(String raw, int offset) throws QuerySyntaxException {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
            } else if (i + 1 >= raw.length()) {
                throw new QuerySyntaxException("expected a character after the escaping '\\' at offset "
                        + (offset + i) + ", found the end of the term", offset + i);
            } else if (raw.charAt(i + 1) == 'u') {
                out.append(unicodeEscape(raw, i, offset));
                i += 6;
            } else {
                out.append(raw.charAt(i + 1));
                i += 2;
            }
        }
        return out.toString();
    }

    private static char unicodeEscape(String raw, int backslash, int offset) throws QuerySyntaxException {
        int value = 0;
        for (int i = backslash + 2; i < backslash + 6; i++) {
            int digit = i < raw.length() ? Character.digit(raw.charAt(i), 16) : -1;
            if (digit < 0) {
                String found = i < raw.length() ? "'" + raw.charAt(i) + "' at offset " + (offset + i)
                        : "the end of the term";
                throw new QuerySyntaxException("expected four hex digits after '\\u' at offset "
                        + (offset + backslash) + ", found " + found, offset + Math.min(i, raw.length()));
            }
            value = value * 16 + digit;
        }
        return (char) value;
    }
}
