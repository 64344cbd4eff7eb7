package dev.otelint.assets.query;

/** One token of a PromQL or LogQL query: its kind, its text as written, and its 0-based offset. */
record PromQlToken(Kind kind, String text, int offset) {

    enum Kind {
        IDENTIFIER, NUMBER, DURATION, STRING,
        LEFT_BRACE, RIGHT_BRACE, LEFT_PAREN, RIGHT_PAREN, LEFT_BRACKET, RIGHT_BRACKET, COMMA, COLON, AT,
        ADD, SUB, MUL, DIV, MOD, POW, EQL, NEQ, LTE, LSS, GTE, GTR, ASSIGN, EQL_REGEX, NEQ_REGEX,
        PIPE, PIPE_EXACT, PIPE_REGEX, END
    }

    int end() {
        return offset + text.length();
    }

    boolean is(Kind other) {
        return kind == other;
    }

    /** True for an identifier spelled {@code word}, ignoring case (PromQL keywords are case-insensitive). */
    boolean isWord(String word) {
        return kind == Kind.IDENTIFIER && text.equalsIgnoreCase(word);
    }

    /** How the token reads in an error message. */
    String describe() {
        return kind == Kind.END ? "the end of the query" : "'" + text + "'";
    }
}
