package dev.otelint.assets.query;

import java.util.List;

/**
 * Tokens of an SQL statement: SQL comments ({@code -- ...}, {@code /* ... *}{@code /}) are blanked with
 * spaces, keeping every offset, and the rest follows the PPL lexical rules (names, backticks, quoted
 * strings with backslash escapes as in Spark SQL, numbers, symbols).
 */
final class SqlLexer {

    private SqlLexer() {}

    static PplTokens tokens(String sql) throws QuerySyntaxException {
        return new PplTokens(withoutComments(sql));
    }

    private static String withoutComments(String sql) throws QuerySyntaxException {
        StringBuilder text = new StringBuilder(sql);
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (sql.startsWith("--", i)) {
                i = blank(text, i, sql.indexOf('\n', i) < 0 ? sql.length() : sql.indexOf('\n', i));
            } else if (sql.startsWith("/*", i)) {
                int close = sql.indexOf("*/", i + 2);
                if (close < 0) {
                    throw new QuerySyntaxException("expected '*/' to close the comment starting here", i);
                }
                i = blank(text, i, close + 2);
            }
        }
        return text.toString();
    }

    private static int blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            text.setCharAt(i, ' ');
        }
        return to - 1;
    }
}
