package dev.otelint.assets.query;

import java.util.Locale;

/**
 * One lexical unit of a PPL query. {@code text} is the source text as written ({@code start}..{@code end},
 * 0-based, end exclusive); {@code value} is the unquoted form (backticks and quotes removed).
 */
record PplToken(Kind kind, String text, String value, int start, int end) {

    enum Kind {
        /** a bare or backticked name, dotted paths included: {@code resource.service.name}, {@code `@timestamp`} */
        NAME,
        STRING,
        /** digits, with a unit suffix for time intervals: {@code 200}, {@code 1.5}, {@code 5m} */
        NUMBER,
        /** a dashboard template variable: {@code ${service:singlequote}}, {@code $traceId} */
        PLACEHOLDER,
        SYMBOL,
        END
    }

    /** True for a bare (not backticked) name equal to the keyword, ignoring case as PPL does. */
    boolean isKeyword(String keyword) {
        return kind == Kind.NAME && text.equalsIgnoreCase(keyword);
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    String lowerText() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** How the token reads in an error message. */
    String describe() {
        return kind == Kind.END ? "the end of the query" : "'" + text + "'";
    }
}
