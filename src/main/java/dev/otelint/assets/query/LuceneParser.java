package dev.otelint.assets.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the fields a Lucene query_string query (as OpenSearch parses it) refers to. Hand-written
 * recursive descent over the grammar of Lucene's classic QueryParser:
 * <pre>
 *   query  = [modifier] clause ( [AND | OR | &amp;&amp; | ||] [modifier] clause )*     modifier = + | - | NOT | !
 *   clause = [ (term | *) ":" ] ( term-value | "(" query ")" [^boost] )
 *   value  = term | * | prefix* | wild?card | /regexp/ | "phrase" | [a TO b] | {a TO b}, then ^boost / ~fuzzy
 * </pre>
 * Roles follow OpenSearch's QueryStringQueryParser: {@code f:[1 TO 5]}, {@code f:{a TO b}} and
 * {@code f:>=10} ({@code >}, {@code <}, {@code <=}) are RANGE; {@code f:*} and {@code _exists_:f}
 * are EXISTS; any other value is FILTER; a group {@code f:(a OR b)} takes its values' common role.
 * Terms without a field and the any-field prefix {@code *:} name no field and are not reported.
 * <p>
 * Field names are unescaped ({@code http\.method} is {@code http.method}; {@code book.\*} is the
 * wildcard field pattern {@code book.*}); offsets and lengths cover the name as written, backslashes
 * included ({@code _exists_:"f"}: the quotes included). Results are in text order.
 */
public final class LuceneParser {
    private static final Set<LuceneTokenKind> VALUE_STARTS = EnumSet.of(LuceneTokenKind.TERM, LuceneTokenKind.STAR,
            LuceneTokenKind.PREFIX_TERM, LuceneTokenKind.WILDCARD_TERM, LuceneTokenKind.REGEXP_TERM,
            LuceneTokenKind.BARE_OPERATOR, LuceneTokenKind.QUOTED, LuceneTokenKind.RANGE_INCLUSIVE_START,
            LuceneTokenKind.RANGE_EXCLUSIVE_START);
    private static final Set<LuceneTokenKind> MODIFIERS = EnumSet.of(LuceneTokenKind.PLUS, LuceneTokenKind.MINUS,
            LuceneTokenKind.NOT);
    private static final Set<LuceneTokenKind> RANGE_BOUNDS = EnumSet.of(LuceneTokenKind.RANGE_GOOP,
            LuceneTokenKind.RANGE_QUOTED, LuceneTokenKind.RANGE_TO);

    private final QueryText text;
    private final List<LuceneToken> tokens;
    private final List<QueryField> fields = new ArrayList<>();
    private int next;
    private int depth;

    private LuceneParser(String query) throws QuerySyntaxException {
        this.text = new QueryText(query);
        this.tokens = LuceneLexer.tokenize(query);
    }

    /** The fields the query refers to; an empty or blank query refers to none. */
    public static List<QueryField> parse(String query) throws QuerySyntaxException {
        return new LuceneParser(query).parseAll();
    }

    private List<QueryField> parseAll() throws QuerySyntaxException {
        if (peek().kind() != LuceneTokenKind.END) {
            query(null);
            if (peek().kind() != LuceneTokenKind.END) {
                throw expected("an operator, a term or the end of the query");
            }
        }
        fields.sort(Comparator.comparingInt(QueryField::offset));
        return List.copyOf(fields);
    }

    /** Clauses until ')' or the end; {@code field} is the enclosing {@code field:( )}, or null. */
    private void query(LuceneFieldUse field) throws QuerySyntaxException {
        modifiedClause(field);
        while (startsClause(peek().kind())) {
            if (!takeIf(LuceneTokenKind.AND)) {
                takeIf(LuceneTokenKind.OR);
            }
            modifiedClause(field);
        }
    }

    private void modifiedClause(LuceneFieldUse field) throws QuerySyntaxException {
        if (MODIFIERS.contains(peek().kind())) {
            take();
        }
        clause(field);
    }

    private static boolean startsClause(LuceneTokenKind kind) {
        return VALUE_STARTS.contains(kind) || MODIFIERS.contains(kind) || kind == LuceneTokenKind.LEFT_PAREN
                || kind == LuceneTokenKind.AND || kind == LuceneTokenKind.OR;
    }

    private void clause(LuceneFieldUse enclosing) throws QuerySyntaxException {
        LuceneFieldUse field = enclosing;
        LuceneFieldUse named = null;
        LuceneTokenKind first = peek().kind();
        if ((first == LuceneTokenKind.TERM || first == LuceneTokenKind.STAR)
                && peekAfter().kind() == LuceneTokenKind.COLON) {
            LuceneToken name = take();
            take();
            // "*:" searches every field: no field to report
            named = first == LuceneTokenKind.STAR ? null : new LuceneFieldUse(unescape(name), name);
            field = named;
        }
        if (peek().kind() == LuceneTokenKind.LEFT_PAREN) {
            group(field);
        } else {
            value(field);
        }
        if (named != null) {
            named.recordInto(fields);
        }
    }

    private void group(LuceneFieldUse field) throws QuerySyntaxException {
        LuceneToken open = take();
        if (++depth > QueryText.MAX_DEPTH) {
            throw text.tooDeep(open.offset());
        }
        query(field);
        if (peek().kind() != LuceneTokenKind.RIGHT_PAREN) {
            throw expected("')' to close the '(' at offset " + open.offset());
        }
        take();
        depth--;
        if (peek().kind() == LuceneTokenKind.CARET) {
            boost();
        }
    }

    private void value(LuceneFieldUse field) throws QuerySyntaxException {
        LuceneToken value = peek();
        if (!VALUE_STARTS.contains(value.kind())) {
            throw expected("a term, a phrase, a range or '('");
        }
        if (value.kind() == LuceneTokenKind.RANGE_INCLUSIVE_START
                || value.kind() == LuceneTokenKind.RANGE_EXCLUSIVE_START) {
            range();
            note(field, FieldRole.RANGE);
            return;
        }
        take();
        boolean fuzzy = suffixes();
        checkEscapes(value);
        if (field != null && field.isExistsTest() && !fuzzy
                && (value.kind() == LuceneTokenKind.TERM || value.kind() == LuceneTokenKind.QUOTED)) {
            fields.add(new QueryField(existsName(value), value.offset(), value.image().length(), FieldRole.EXISTS));
            return;
        }
        note(field, roleOf(value, fuzzy));
    }

    /** OpenSearch QueryStringQueryParser: "*" tests existence; an unquoted {@code >x}, {@code <=x} is a range. */
    private FieldRole roleOf(LuceneToken value, boolean fuzzy) throws QuerySyntaxException {
        if (value.kind() == LuceneTokenKind.STAR) {
            return FieldRole.EXISTS;
        }
        if (value.kind() == LuceneTokenKind.TERM && !fuzzy) {
            String term = unescape(value);
            if (term.length() > 1 && (term.charAt(0) == '>' || term.charAt(0) == '<')) {
                return FieldRole.RANGE;
            }
        }
        return FieldRole.FILTER;
    }

    private static void note(LuceneFieldUse field, FieldRole role) {
        if (field != null) {
            field.usedAs(role);
        }
    }

    /** Optional {@code ^boost} and {@code ~slop} in either order; true when a fuzzy slop was given. */
    private boolean suffixes() throws QuerySyntaxException {
        boolean fuzzy = false;
        if (peek().kind() == LuceneTokenKind.CARET) {
            boost();
            fuzzy = takeIf(LuceneTokenKind.FUZZY_SLOP);
        } else if (takeIf(LuceneTokenKind.FUZZY_SLOP)) {
            fuzzy = true;
            if (peek().kind() == LuceneTokenKind.CARET) {
                boost();
            }
        }
        return fuzzy;
    }

    private void boost() throws QuerySyntaxException {
        take();
        if (peek().kind() != LuceneTokenKind.NUMBER) {
            throw expected("a number after '^'");
        }
        take();
    }

    private void range() throws QuerySyntaxException {
        LuceneToken open = take();
        rangeBound("a lower bound after '" + open.image() + "'");
        if (!takeIf(LuceneTokenKind.RANGE_TO)) {
            throw expected("'TO' between the bounds of the range at offset " + open.offset());
        }
        rangeBound("an upper bound after 'TO'");
        LuceneTokenKind close = peek().kind();
        if (close != LuceneTokenKind.RANGE_INCLUSIVE_END && close != LuceneTokenKind.RANGE_EXCLUSIVE_END) {
            throw expected("']' or '}' to close the range at offset " + open.offset());
        }
        take();
        if (peek().kind() == LuceneTokenKind.CARET) {
            boost();
        }
    }

    private void rangeBound(String what) throws QuerySyntaxException {
        if (!RANGE_BOUNDS.contains(peek().kind())) {
            throw expected(what);
        }
        checkEscapes(take());
    }

    /** Lucene discards escapes from plain, prefix, quoted terms and range bounds, and rejects bad ones. */
    private static void checkEscapes(LuceneToken token) throws QuerySyntaxException {
        String image = token.image();
        switch (token.kind()) {
            case TERM, RANGE_GOOP, RANGE_TO -> LuceneEscapes.unescape(image, token.offset());
            case PREFIX_TERM -> LuceneEscapes.unescape(image.substring(0, image.length() - 1), token.offset());
            case QUOTED, RANGE_QUOTED -> LuceneEscapes.unescape(image.substring(1, image.length() - 1),
                    token.offset() + 1);
            default -> { }
        }
    }

    private static String existsName(LuceneToken value) throws QuerySyntaxException {
        String image = value.image();
        return value.kind() == LuceneTokenKind.QUOTED
                ? LuceneEscapes.unescape(image.substring(1, image.length() - 1), value.offset() + 1)
                : unescape(value);
    }

    private static String unescape(LuceneToken token) throws QuerySyntaxException {
        return LuceneEscapes.unescape(token.image(), token.offset());
    }

    private LuceneToken peek() {
        return tokens.get(next);
    }

    private LuceneToken peekAfter() {
        return tokens.get(Math.min(next + 1, tokens.size() - 1));
    }

    private LuceneToken take() {
        LuceneToken token = tokens.get(next);
        if (token.kind() != LuceneTokenKind.END) {
            next++;
        }
        return token;
    }

    private boolean takeIf(LuceneTokenKind kind) {
        if (peek().kind() != kind) {
            return false;
        }
        take();
        return true;
    }

    private QuerySyntaxException expected(String what) {
        return text.expectedAt(peek().offset(), what);
    }
}
