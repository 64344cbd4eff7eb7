package dev.otelint.assets.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the fields an OpenSearch Dashboards Query Language (DQL, "kuery") query refers to.
 * Hand-written recursive descent over the kuery grammar of OpenSearch Dashboards:
 * <pre>
 *   query      = or
 *   or         = and ( " or " and )*            keywords in any case, spaces around them required
 *   and        = not ( " and " not )*
 *   not        = [ "not " ] sub
 *   sub        = "(" or ")" | field ":" "{" or "}" | field range-op literal | field ":" values | literal
 *   values     = "(" value-or ")" | literal     value-or / value-and / value-not mirror or / and / not
 * </pre>
 * Roles: {@code f:v}, {@code f:"v"}, {@code f:(a or b)} are FILTER; {@code f:*} is EXISTS;
 * {@code f >= 10} (and {@code <}, {@code >}, {@code <=}) is RANGE. Free text ({@code error},
 * {@code "a phrase"}) and the any-field wildcard ({@code *:v}) name no field and are not reported.
 * A nested query {@code parent:{ child:v }} reports {@code parent} (function "nested") and the inner
 * fields under their full names ({@code parent.child}), as OpenSearch Dashboards resolves them.
 * <p>
 * Names are unescaped ({@code a\:b} is {@code a:b}); an escaped {@code \*} and a wildcard {@code *}
 * both read as {@code *}. Offsets and lengths cover the field as written: backslashes included, for a
 * quoted field the quotes included, surrounding spaces excluded; inner nested fields point at the
 * inner name only. Results are in text order.
 * <p>
 * Like OpenSearch Dashboards, the parser ends an unquoted value before {@code "not "} even inside a
 * word, so {@code message: cannot connect} is a syntax error there and here; quote such values.
 */
public final class KqlParser {
    private final QueryText query;
    private final List<QueryField> fields = new ArrayList<>();
    private int depth;

    private KqlParser(String text) {
        this.query = new QueryText(text);
    }

    /** The fields the query refers to; an empty or blank query refers to none. */
    public static List<QueryField> parse(String text) throws QuerySyntaxException {
        return new KqlParser(text).parseAll();
    }

    private List<QueryField> parseAll() throws QuerySyntaxException {
        skipSpaces();
        if (!query.atEnd()) {
            orQuery("");
            skipSpaces();
            if (!query.atEnd()) {
                throw query.expected("'and', 'or' or the end of the query");
            }
        }
        fields.sort(Comparator.comparingInt(QueryField::offset));
        return List.copyOf(fields);
    }

    private void orQuery(String nestedPath) throws QuerySyntaxException {
        andQuery(nestedPath);
        while (consumeSpacedWord("or")) {
            andQuery(nestedPath);
        }
    }

    private void andQuery(String nestedPath) throws QuerySyntaxException {
        notQuery(nestedPath);
        while (consumeSpacedWord("and")) {
            notQuery(nestedPath);
        }
    }

    private void notQuery(String nestedPath) throws QuerySyntaxException {
        consumeNot();
        if (query.peek() == '(') {
            int open = enterGroup();
            orQuery(nestedPath);
            leaveGroup(')', open);
        } else {
            expression(nestedPath);
        }
    }

    private void expression(String nestedPath) throws QuerySyntaxException {
        KqlLiteral field = KqlLiteralReader.read(query);
        if (field == null) {
            throw query.expected("a field name, a value or '('");
        }
        int afterLiteral = query.position();
        skipSpaces();
        String operator = rangeOperator();
        if (query.peek() == ':') {
            query.advance(1);
            skipSpaces();
            fieldValues(field, nestedPath);
        } else if (operator != null) {
            query.advance(operator.length());
            skipSpaces();
            if (KqlLiteralReader.read(query) == null) {
                throw query.expected("a value after '" + operator + "'");
            }
            record(field, nestedPath, FieldRole.RANGE, null);
        } else {
            query.moveTo(afterLiteral); // free text: no field
        }
    }

    private void fieldValues(KqlLiteral field, String nestedPath) throws QuerySyntaxException {
        if (query.peek() == '{') {
            record(field, nestedPath, FieldRole.FILTER, "nested");
            int open = enterGroup();
            orQuery(nestedPath + field.value() + ".");
            leaveGroup('}', open);
        } else {
            boolean onlyWildcards = values();
            record(field, nestedPath, onlyWildcards ? FieldRole.EXISTS : FieldRole.FILTER, null);
        }
    }

    /** Reads a value or a parenthesised value list; true when every value is the bare wildcard. */
    private boolean values() throws QuerySyntaxException {
        if (query.peek() == '(') {
            int open = enterGroup();
            boolean onlyWildcards = valueOr();
            leaveGroup(')', open);
            return onlyWildcards;
        }
        KqlLiteral value = KqlLiteralReader.read(query);
        if (value == null) {
            throw query.expected("a value or '('");
        }
        return value.bareWildcard();
    }

    private boolean valueOr() throws QuerySyntaxException {
        boolean onlyWildcards = valueAnd();
        while (consumeSpacedWord("or")) {
            onlyWildcards = valueAnd() && onlyWildcards;
        }
        return onlyWildcards;
    }

    private boolean valueAnd() throws QuerySyntaxException {
        boolean onlyWildcards = valueNot();
        while (consumeSpacedWord("and")) {
            onlyWildcards = valueNot() && onlyWildcards;
        }
        return onlyWildcards;
    }

    private boolean valueNot() throws QuerySyntaxException {
        consumeNot();
        return values();
    }

    private void record(KqlLiteral field, String nestedPath, FieldRole role, String function) {
        if (field.bareWildcard() && nestedPath.isEmpty()) {
            return; // "*" as a field means every field: no field to check
        }
        fields.add(new QueryField(nestedPath + field.value(), field.offset(), field.length(), role, function));
    }

    private String rangeOperator() {
        char c = query.peek();
        if (c != '<' && c != '>') {
            return null;
        }
        return query.charAt(query.position() + 1) == '=' ? c + "=" : String.valueOf(c);
    }

    private int enterGroup() throws QuerySyntaxException {
        int open = query.position();
        if (++depth > QueryText.MAX_DEPTH) {
            throw query.tooDeep(open);
        }
        query.advance(1);
        skipSpaces();
        return open;
    }

    private void leaveGroup(char close, int open) throws QuerySyntaxException {
        skipSpaces();
        if (query.peek() != close) {
            throw query.expected("'" + close + "' to close the '" + query.charAt(open) + "' at offset " + open);
        }
        query.advance(1);
        depth--;
    }

    private boolean consumeSpacedWord(String word) {
        if (!KqlLiteralReader.spacedWordAt(query, query.position(), word)) {
            return false;
        }
        skipSpaces();
        query.advance(word.length());
        skipSpaces();
        return true;
    }

    private void consumeNot() {
        if (KqlLiteralReader.notAt(query, query.position())) {
            query.advance(3);
            skipSpaces();
        }
    }

    private void skipSpaces() {
        while (KqlLiteralReader.isSpace(query.peek())) {
            query.advance(1);
        }
    }
}
