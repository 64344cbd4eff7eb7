package dev.otelint.assets.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a query_string query into tokens the way Lucene's classic QueryParser lexer does: longest
 * match wins, ties go to the earlier token kind; after {@code [} or {@code &#123;} the range tokens
 * apply until {@code ]} or {@code &#125;}; after {@code ^} only a number may follow, without spaces.
 */
final class LuceneLexer {
    /** Lucene classic _TERM_START_CHAR excludes these (and whitespace); a backslash escapes any char. */
    private static final String NOT_TERM_START = "+-!():^[]\"{}~*?\\/";

    private enum State { DEFAULT, RANGE, BOOST }

    private final QueryText query;
    private final List<LuceneToken> tokens = new ArrayList<>();
    private State state = State.DEFAULT;

    private LuceneLexer(String text) {
        this.query = new QueryText(text);
    }

    static List<LuceneToken> tokenize(String text) throws QuerySyntaxException {
        return new LuceneLexer(text).all();
    }

    private List<LuceneToken> all() throws QuerySyntaxException {
        while (true) {
            skipWhitespace();
            if (query.atEnd()) {
                tokens.add(new LuceneToken(LuceneTokenKind.END, query.length(), ""));
                return tokens;
            }
            switch (state) {
                case DEFAULT -> defaultToken();
                case RANGE -> rangeToken();
                case BOOST -> boostNumber();
            }
        }
    }

    private void skipWhitespace() {
        if (state == State.BOOST) {
            return;
        }
        while (isWhitespace(query.peek()) && !query.atEnd()) {
            // in a range, a run of non-space characters is one bound even when it starts with a tab
            if (state == State.RANGE && query.peek() != ' ' && goopLength(query.position()) > 1) {
                return;
            }
            query.advance(1);
        }
    }

    private void defaultToken() throws QuerySyntaxException {
        int at = query.position();
        char c = query.peek();
        switch (c) {
            case '(' -> emit(LuceneTokenKind.LEFT_PAREN, 1);
            case ')' -> emit(LuceneTokenKind.RIGHT_PAREN, 1);
            case ':' -> emit(LuceneTokenKind.COLON, 1);
            case '^' -> emitThen(LuceneTokenKind.CARET, 1, State.BOOST);
            case '[' -> emitThen(LuceneTokenKind.RANGE_INCLUSIVE_START, 1, State.RANGE);
            case '{' -> emitThen(LuceneTokenKind.RANGE_EXCLUSIVE_START, 1, State.RANGE);
            case '~' -> emit(LuceneTokenKind.FUZZY_SLOP, 1 + termCharsLength(at + 1));
            case '"' -> emit(LuceneTokenKind.QUOTED, closedPhraseLength(at));
            case '/' -> emit(LuceneTokenKind.REGEXP_TERM, regexpLength(at));
            case '+', '-', '!' -> operator(c);
            default -> termLike(at);
        }
    }

    private void operator(char c) {
        if (isWhitespace(query.charAt(query.position() + 1))) {
            emit(LuceneTokenKind.BARE_OPERATOR, 2);
        } else {
            emit(c == '+' ? LuceneTokenKind.PLUS : c == '-' ? LuceneTokenKind.MINUS : LuceneTokenKind.NOT, 1);
        }
    }

    /** Keywords, {@code *}, plain, prefix and wildcard terms compete; longest first, then kind order. */
    private void termLike(int at) throws QuerySyntaxException {
        int term = termStartLength(at) == 0 ? 0 : termStartLength(at) + termCharsLength(at + termStartLength(at));
        int prefix = query.peek() == '*' ? 1 : term > 0 && query.charAt(at + term) == '*' ? term + 1 : 0;
        int wildcard = wildcardLength(at);
        LuceneTokenKind kind = null;
        int best = 0;
        int[] lengths = {keywordLength(at, "AND", "&&"), keywordLength(at, "OR", "||"), keywordLength(at, "NOT", "!"),
                query.peek() == '*' ? 1 : 0, term, prefix, wildcard};
        LuceneTokenKind[] kinds = {LuceneTokenKind.AND, LuceneTokenKind.OR, LuceneTokenKind.NOT, LuceneTokenKind.STAR,
                LuceneTokenKind.TERM, LuceneTokenKind.PREFIX_TERM, LuceneTokenKind.WILDCARD_TERM};
        for (int i = 0; i < lengths.length; i++) {
            if (lengths[i] > best) {
                best = lengths[i];
                kind = kinds[i];
            }
        }
        if (kind == null) {
            throw query.expectedAt(at, query.peek() == '\\' ? "a character after the escaping '\\'"
                    : "a term, a phrase, an operator or a group");
        }
        emit(kind, best);
    }

    private void rangeToken() throws QuerySyntaxException {
        int at = query.position();
        char c = query.peek();
        if (c == ']') {
            emitThen(LuceneTokenKind.RANGE_INCLUSIVE_END, 1, State.DEFAULT);
        } else if (c == '}') {
            emitThen(LuceneTokenKind.RANGE_EXCLUSIVE_END, 1, State.DEFAULT);
        } else {
            int goop = goopLength(at);
            int quoted = c == '"' ? delimitedLength(at, '"', 1) : 0;
            int to = query.text().startsWith("TO", at) ? 2 : 0;
            if (quoted >= goop && quoted > 0) {
                emit(LuceneTokenKind.RANGE_QUOTED, quoted);
            } else if (to == goop) {
                emit(LuceneTokenKind.RANGE_TO, 2);
            } else {
                emit(LuceneTokenKind.RANGE_GOOP, goop);
            }
        }
    }

    private void boostNumber() throws QuerySyntaxException {
        int at = query.position();
        int digits = digitsLength(at);
        if (digits == 0) {
            throw query.expectedAt(at, "a number after '^'");
        }
        int fraction = query.charAt(at + digits) == '.' ? digitsLength(at + digits + 1) : 0;
        emitThen(LuceneTokenKind.NUMBER, fraction > 0 ? digits + 1 + fraction : digits, State.DEFAULT);
    }

    private int keywordLength(int at, String word, String symbol) {
        if (query.text().startsWith(word, at)) {
            return word.length();
        }
        return query.text().startsWith(symbol, at) ? symbol.length() : 0;
    }

    /** Length of one term-start character at an offset (2 for an escape), or 0. */
    private int termStartLength(int at) {
        char c = query.charAt(at);
        if (c == '\\') {
            return at + 1 < query.length() ? 2 : 0;
        }
        return at >= query.length() || isWhitespace(c) || NOT_TERM_START.indexOf(c) >= 0 ? 0 : 1;
    }

    private int termCharsLength(int from) {
        int at = from;
        while (true) {
            char c = query.charAt(at);
            int step = c == '-' || c == '+' ? 1 : termStartLength(at);
            if (step == 0) {
                return at - from;
            }
            at += step;
        }
    }

    /** (term start | * | ?) (term char | * | ?)* */
    private int wildcardLength(int from) {
        int at = from;
        while (true) {
            char c = query.charAt(at);
            boolean wildcard = at < query.length() && (c == '*' || c == '?');
            int step = wildcard || (at > from && (c == '-' || c == '+')) ? 1 : termStartLength(at);
            if (step == 0) {
                return at - from;
            }
            at += step;
        }
    }

    private int goopLength(int from) {
        int at = from;
        while (at < query.length() && " ]}".indexOf(query.charAt(at)) < 0) {
            at++;
        }
        return at - from;
    }

    private int digitsLength(int from) {
        int at = from;
        while (Character.isDigit(query.charAt(at)) && query.charAt(at) < 128) {
            at++;
        }
        return at - from;
    }

    private int closedPhraseLength(int open) throws QuerySyntaxException {
        int at = open + 1;
        while (at < query.length() && query.charAt(at) != '"') {
            at += query.charAt(at) == '\\' ? 2 : 1;
        }
        if (at >= query.length()) {
            throw query.expectedAt(query.length(), "a closing '\"' for the phrase opened at offset " + open);
        }
        return at + 1 - open;
    }

    private int regexpLength(int open) throws QuerySyntaxException {
        int length = delimitedLength(open, '/', 0);
        if (length == 0) {
            throw query.expectedAt(query.length(), "a closing '/' for the regular expression opened at offset " + open);
        }
        return length;
    }

    /**
     * Longest {@code d (~[d] | "\d")* d} from an offset holding d, with at least minInner characters
     * inside, or 0. A backslash may stand alone or escape the delimiter, so both readings are followed.
     */
    private int delimitedLength(int open, char delimiter, int minInner) {
        boolean inside = true;
        boolean afterBackslash = false;
        int longest = 0;
        for (int at = open + 1; at < query.length() && (inside || afterBackslash); at++) {
            char c = query.charAt(at);
            boolean nextInside = (inside && c != delimiter) || (afterBackslash && c == delimiter);
            boolean nextAfterBackslash = inside && c == '\\';
            if (inside && c == delimiter && at - open - 1 >= minInner) {
                longest = at + 1 - open;
            }
            inside = nextInside;
            afterBackslash = nextAfterBackslash;
        }
        return longest;
    }

    private void emit(LuceneTokenKind kind, int length) {
        int at = query.position();
        tokens.add(new LuceneToken(kind, at, query.text().substring(at, at + length)));
        query.advance(length);
    }

    private void emitThen(LuceneTokenKind kind, int length, State next) {
        emit(kind, length);
        state = next;
    }

    /** Lucene classic _WHITESPACE: space, tab, CR, LF and the ideographic space. */
    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u3000';
    }
}
