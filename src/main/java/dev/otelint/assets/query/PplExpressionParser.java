package dev.otelint.assets.query;

import dev.otelint.assets.query.PplToken.Kind;
import java.util.Set;

/**
 * Recursive descent over PPL expressions (logical, comparison, arithmetic, function calls). Each level
 * returns the bare field an operand consists of, if it is one, so that the enclosing operator decides the
 * field's role: {@code a = 1} is a FILTER, {@code a > 1} a RANGE, {@code avg(a)} an AGGREGATION.
 * Fields inside arithmetic or other functions are EXPRESSION inputs of the innermost function.
 */
final class PplExpressionParser {
    /** PPL stats aggregation functions (OpenSearch PPL stats command docs). */
    private static final Set<String> AGGREGATIONS = Set.of("avg", "sum", "min", "max", "count", "distinct_count",
            "dc", "percentile", "percentile_approx", "median", "stddev", "stddev_samp", "stddev_pop", "var_samp",
            "var_pop", "take", "earliest", "latest", "first", "last", "list", "values");
    private static final Set<String> PRESENCE_TESTS = Set.of("isnull", "isnotnull", "ispresent", "isempty",
            "isblank");
    /** Relevance functions filter on their field arguments; later name=value arguments are options. */
    private static final Set<String> RELEVANCE = Set.of("match", "match_phrase", "match_phrase_prefix",
            "match_bool_prefix", "multi_match", "simple_query_string", "query_string", "like", "ilike");

    private final PplTokens in;
    private final PplFieldCollector out;

    PplExpressionParser(PplTokens in, PplFieldCollector out) {
        this.in = in;
        this.out = out;
    }

    /** Parses an expression; if it is a bare field, the field is reported with {@code bareRole}. */
    void expression(FieldRole bareRole) throws QuerySyntaxException {
        settle(or(), bareRole, null);
    }

    /** Parses an arithmetic value (no comparison, so a following {@code in} is left to the caller). */
    void value(FieldRole bareRole) throws QuerySyntaxException {
        settle(additive(), bareRole, null);
    }

    /** Parses an expression and returns it if it is a bare field (not yet reported), else null. */
    PplToken operand() throws QuerySyntaxException {
        return or();
    }

    private void settle(PplToken field, FieldRole role, String function) {
        if (field != null) {
            out.reference(field, role, function);
        }
    }


    private PplToken or() throws QuerySyntaxException {
        return PplOperatorChain.chain(in, this::settle, this::and, FieldRole.FILTER, "or", "xor");
    }

    private PplToken and() throws QuerySyntaxException {
        return PplOperatorChain.chain(in, this::settle, this::not, FieldRole.FILTER, "and");
    }

    private PplToken not() throws QuerySyntaxException {
        if (in.acceptKeyword("not")) {
            settle(not(), FieldRole.FILTER, null);
            return null;
        }
        return comparison();
    }

    private PplToken comparison() throws QuerySyntaxException {
        PplToken left = additive();
        if (PplOperatorChain.comparison(in, this::settle, left, this::additive)) {
            return null;
        }
        boolean negated = in.peek().isKeyword("not") && isPredicateKeyword(in.peek(1));
        if (negated) {
            in.next();
        }
        if (isPredicateKeyword(in.peek())) {
            predicate(left);
            return null;
        }
        return left;
    }

    private static boolean isPredicateKeyword(PplToken token) {
        return token.isKeyword("like") || token.isKeyword("in") || token.isKeyword("between")
                || token.isKeyword("is");
    }

    /** {@code a like 'x'}, {@code a in (1, 2)}, {@code a between 1 and 5}, {@code a is [not] null}. */
    private void predicate(PplToken left) throws QuerySyntaxException {
        PplToken keyword = in.next();
        if (keyword.isKeyword("like")) {
            settle(left, FieldRole.FILTER, "like");
            settle(additive(), FieldRole.FILTER, "like");
        } else if (keyword.isKeyword("in")) {
            settle(left, FieldRole.FILTER, null);
            in.expectSymbol("(", "after 'in'");
            valueList(FieldRole.FILTER, "the values of 'in'");
        } else if (keyword.isKeyword("between")) {
            settle(left, FieldRole.RANGE, null);
            settle(additive(), FieldRole.RANGE, null);
            in.expectKeyword("and", "between the bounds of 'between'");
            settle(additive(), FieldRole.RANGE, null);
        } else {
            in.acceptKeyword("not");
            in.expectKeyword("null", "after 'is'");
            settle(left, FieldRole.EXISTS, null);
        }
    }

    /** Comma-separated expressions up to ')'; the '(' is already consumed. */
    private void valueList(FieldRole role, String what) throws QuerySyntaxException {
        do {
            settle(or(), role, null);
        } while (in.acceptSymbol(","));
        in.expectSymbol(")", "after " + what);
    }

    private PplToken additive() throws QuerySyntaxException {
        return PplOperatorChain.chain(in, this::settle, this::multiplicative, FieldRole.EXPRESSION, "+", "-");
    }

    private PplToken multiplicative() throws QuerySyntaxException {
        return PplOperatorChain.chain(in, this::settle, this::unary, FieldRole.EXPRESSION, "*", "/", "%");
    }

    private PplToken unary() throws QuerySyntaxException {
        if (in.acceptSymbol("-") || in.acceptSymbol("+")) {
            settle(unary(), FieldRole.EXPRESSION, null);
            return null;
        }
        return primary();
    }

    private PplToken primary() throws QuerySyntaxException {
        PplToken token = in.peek();
        switch (token.kind()) {
            case STRING, NUMBER, PLACEHOLDER -> {
                in.next();
                return null;
            }
            case NAME -> {
                return nameOrCall();
            }
            default -> {
                if (in.acceptSymbol("(")) {
                    PplToken inner = or();
                    in.expectSymbol(")", "to close '('");
                    return inner;
                }
                throw in.error("expected a field, a value or '('");
            }
        }
    }

    private PplToken nameOrCall() throws QuerySyntaxException {
        PplToken name = in.next();
        if (isLiteralKeyword(name)) {
            return null;
        }
        if (name.isKeyword("interval") && in.peek().kind() != Kind.SYMBOL) {
            in.next();
            in.expectName("a time unit after 'interval'");
            return null;
        }
        if (name.kind() == Kind.NAME && !name.text().startsWith("`") && isCallStart()) {
            call(name.lowerText());
            return null;
        }
        return name;
    }

    private static boolean isLiteralKeyword(PplToken name) {
        return name.isKeyword("true") || name.isKeyword("false") || name.isKeyword("null");
    }

    /** {@code f(} or the legacy percentile form {@code percentile<90>(}. */
    private boolean isCallStart() {
        return in.peek().isSymbol("(") || (in.peek().isSymbol("<") && in.peek(1).kind() == Kind.NUMBER
                && in.peek(2).isSymbol(">") && in.peek(3).isSymbol("("));
    }

    private void call(String function) throws QuerySyntaxException {
        if (in.acceptSymbol("<")) {
            in.next();
            in.next();
        }
        in.expectSymbol("(", "after function name");
        if (in.acceptSymbol(")")) {
            return;
        }
        int position = 0;
        do {
            argument(function, position++);
        } while (in.acceptSymbol(",") || in.peek().isKeyword("else")); // case(c, v, ... else v)
        in.expectSymbol(")", "after the arguments of " + function);
    }

    private void argument(String function, int position) throws QuerySyntaxException {
        if (in.acceptSymbol("*")) {
            return;
        }
        if (in.peek().isSymbol("[")) {
            fieldList(function);
            return;
        }
        if (position >= 2 && RELEVANCE.contains(function) && in.atOption()) {
            in.next();
            in.next();
            in.expectValue("a value for the option of " + function);
            return;
        }
        in.acceptKeyword("else");
        PplToken field = or();
        if (in.acceptKeyword("as")) {
            in.expectName("a type name after 'as' in " + function);
        }
        settle(field, argumentRole(function, position), function);
    }

    private static FieldRole argumentRole(String function, int position) {
        if (AGGREGATIONS.contains(function)) {
            return position == 0 ? FieldRole.AGGREGATION : FieldRole.EXPRESSION;
        }
        if (PRESENCE_TESTS.contains(function)) {
            return FieldRole.EXISTS;
        }
        if (RELEVANCE.contains(function) && position == 0) {
            return FieldRole.FILTER;
        }
        return FieldRole.EXPRESSION;
    }

    /** Relevance field lists: {@code multi_match(['title', body ^ 2], 'query')}. */
    private void fieldList(String function) throws QuerySyntaxException {
        in.next();
        do {
            PplToken field = in.peek();
            if (field.kind() != Kind.NAME && field.kind() != Kind.STRING) {
                throw in.error("expected a field name in the field list of " + function);
            }
            in.next();
            out.reference(field, FieldRole.FILTER, function);
            if (in.acceptSymbol("^")) {
                in.expectNumber("a boost number after '^'");
            }
        } while (in.acceptSymbol(","));
        in.expectSymbol("]", "after the field list of " + function);
    }
}
