package dev.otelint.assets.query;

/** The tokens of the Lucene classic query parser (query_string syntax), in its lexer's priority order. */
enum LuceneTokenKind {
    AND, OR, NOT, PLUS, MINUS,
    /** {@code +}, {@code -} or {@code !} followed by whitespace: searched for as a term. */
    BARE_OPERATOR,
    LEFT_PAREN, RIGHT_PAREN, COLON, STAR, CARET, QUOTED, TERM, FUZZY_SLOP, PREFIX_TERM, WILDCARD_TERM,
    REGEXP_TERM, RANGE_INCLUSIVE_START, RANGE_EXCLUSIVE_START,
    /** the boost after {@code ^} */
    NUMBER,
    RANGE_TO, RANGE_INCLUSIVE_END, RANGE_EXCLUSIVE_END, RANGE_QUOTED, RANGE_GOOP,
    END
}
