package dev.otelint.assets.query;

import dev.otelint.assets.query.PplToken.Kind;
import java.util.Set;

/**
 * Recursive descent over SQL expressions of one SELECT block. As in {@link PplExpressionParser}, each level
 * returns the bare column an operand is, so the operator around it picks its role ({@code a = 1} FILTER,
 * {@code a > 1} RANGE, {@code sum(a)} AGGREGATION); columns inside other functions are EXPRESSION inputs of
 * the innermost function. Subqueries are read by the {@link SqlSelectParser} with their own scope.
 */
final class SqlExpressionParser {
    private static final Set<String> AGGREGATIONS = Set.of("count", "sum", "avg", "min", "max", "stddev",
            "stddev_pop", "stddev_samp", "var_pop", "var_samp", "variance", "percentile", "percentile_approx",
            "approx_count_distinct", "collect_list", "collect_set", "first", "last");
    private static final Set<String> PRESENCE_TESTS = Set.of("isnull", "isnotnull", "ifnull", "nvl");
    /** Words that end an expression or select item rather than name a column. */
    static final Set<String> CLAUSE_WORDS = Set.of("from", "where", "group", "having", "order", "limit",
            "offset", "union", "join", "inner", "left", "right", "full", "cross", "on", "using", "lateral",
            "with", "as", "and", "or", "not", "when", "then", "else", "end", "asc", "desc", "nulls", "by",
            "is", "in", "like", "between", "outer", "natural");


    private final PplTokens in;
    private final SqlSelectScope scope;
    private final SqlSelectParser subqueries;

    SqlExpressionParser(PplTokens in, SqlSelectScope scope, SqlSelectParser subqueries) {
        this.in = in;
        this.scope = scope;
        this.subqueries = subqueries;
    }

    /** Parses an expression; a bare column is reported with {@code bareRole}. */
    void expression(FieldRole bareRole) throws QuerySyntaxException {
        settle(or(), bareRole, null);
    }

    private void settle(PplToken column, FieldRole role, String function) {
        if (column != null) {
            scope.reference(column, role, function);
        }
    }

    private PplToken or() throws QuerySyntaxException {
        return PplOperatorChain.chain(in, this::settle, this::and, FieldRole.FILTER, "or");
    }

    private PplToken and() throws QuerySyntaxException {
        return PplOperatorChain.chain(in, this::settle, this::not, FieldRole.FILTER, "and");
    }

    private PplToken not() throws QuerySyntaxException {
        if (in.acceptKeyword("not")) {
            settle(not(), FieldRole.FILTER, null);
            return null;
        }
        if (in.peek().isKeyword("exists") && in.peek(1).isSymbol("(")) {
            in.next();
            in.next();
            subqueries.subquery();
            in.expectSymbol(")", "after the subquery of EXISTS");
            return null;
        }
        return predicate();
    }

    private PplToken predicate() throws QuerySyntaxException {
        PplToken left = additive();
        if (PplOperatorChain.comparison(in, this::settle, left, this::additive)) {
            return null;
        }
        if (in.acceptKeyword("is")) {
            in.acceptKeyword("not");
            PplToken value = in.expectName("NULL, TRUE or FALSE after IS");
            settle(left, value.isKeyword("null") ? FieldRole.EXISTS : FieldRole.FILTER, null);
            return null;
        }
        boolean negated = in.peek().isKeyword("not");
        if (negated) {
            in.next();
        }
        if (in.acceptKeyword("like") || in.acceptKeyword("rlike") || in.acceptKeyword("ilike")) {
            settle(left, FieldRole.FILTER, "like");
            settle(additive(), FieldRole.FILTER, "like");
            if (in.acceptKeyword("escape")) {
                additive();
            }
        } else if (in.acceptKeyword("in")) {
            settle(left, FieldRole.FILTER, null);
            inList();
        } else if (in.acceptKeyword("between")) {
            settle(left, FieldRole.RANGE, null);
            settle(additive(), FieldRole.RANGE, null);
            in.expectKeyword("and", "between the bounds of BETWEEN");
            settle(additive(), FieldRole.RANGE, null);
        } else if (negated) {
            throw in.error("expected LIKE, IN or BETWEEN after NOT");
        } else {
            return left;
        }
        return null;
    }

    private void inList() throws QuerySyntaxException {
        in.expectSymbol("(", "after IN");
        if (in.peek().isKeyword("select")) {
            subqueries.subquery();
        } else {
            do {
                settle(or(), FieldRole.FILTER, null);
            } while (in.acceptSymbol(","));
        }
        in.expectSymbol(")", "after the values of IN");
    }

    private PplToken additive() throws QuerySyntaxException {
        return PplOperatorChain.chain(in, this::settle, this::multiplicative, FieldRole.EXPRESSION, "+", "-", "||");
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
        if (token.kind() == Kind.STRING) {
            // 'it''s': SQL doubles a quote inside a string; the lexer sees adjacent strings
            do {
                in.next();
            } while (in.peek().kind() == Kind.STRING && in.peek().start() == in.previous().end());
            return null;
        }
        if (token.kind() == Kind.NUMBER || token.kind() == Kind.PLACEHOLDER || token.isSymbol("?")) {
            in.next(); // '?' is a statement parameter
            return null;
        }
        if (in.acceptSymbol("*")) {
            return null;
        }
        if (in.acceptSymbol("(")) {
            return parenthesized();
        }
        if (token.kind() == Kind.NAME && !CLAUSE_WORDS.contains(token.lowerText())) {
            return nameOrCall();
        }
        throw in.error("expected a column, a value or '('");
    }

    private PplToken parenthesized() throws QuerySyntaxException {
        if (in.peek().isKeyword("select")) {
            subqueries.subquery();
            in.expectSymbol(")", "after the subquery");
            return null;
        }
        PplToken inner = or();
        while (in.acceptSymbol(",")) { // row value: (a, b)
            settle(inner, FieldRole.EXPRESSION, null);
            inner = null;
            settle(or(), FieldRole.EXPRESSION, null);
        }
        in.expectSymbol(")", "to close '('");
        return inner;
    }

    private PplToken nameOrCall() throws QuerySyntaxException {
        PplToken name = in.next();
        boolean bare = !name.text().startsWith("`") && !name.text().contains(".");
        if (bare && (name.isKeyword("null") || name.isKeyword("true") || name.isKeyword("false"))) {
            return null;
        }
        if (bare && name.isKeyword("case")) {
            caseExpression();
            return null;
        }
        if (bare && (name.isKeyword("interval") || name.isKeyword("date") || name.isKeyword("timestamp"))
                && in.peek().kind() != Kind.SYMBOL) {
            typedLiteral(name);
            return null;
        }
        if (in.peek().isSymbol(".") && in.peek(1).isSymbol("*")) { // t.*
            in.next();
            in.next();
            return null;
        }
        if (in.peek().isSymbol("(") && !name.text().startsWith("`")) {
            new SqlFunctionCall(in, this).call(name.lowerText());
            return null;
        }
        return name;
    }

    /** {@code INTERVAL 1 DAY}, {@code DATE '2024-01-01'}, {@code TIMESTAMP '...'}. */
    private void typedLiteral(PplToken keyword) throws QuerySyntaxException {
        in.next();
        if (keyword.isKeyword("interval")) {
            in.expectName("a time unit after INTERVAL");
        }
    }

    /** {@code CASE [x] WHEN c THEN v ... [ELSE v] END}. */
    private void caseExpression() throws QuerySyntaxException {
        if (!in.peek().isKeyword("when")) {
            settle(or(), FieldRole.FILTER, null);
        }
        in.expectKeyword("when", "in CASE");
        do {
            settle(or(), FieldRole.FILTER, null);
            in.expectKeyword("then", "after the WHEN condition");
            settle(or(), FieldRole.EXPRESSION, null);
        } while (in.acceptKeyword("when"));
        if (in.acceptKeyword("else")) {
            settle(or(), FieldRole.EXPRESSION, null);
        }
        in.expectKeyword("end", "to close CASE");
    }

    /** One function argument; its bare column gets the role the function gives it. */
    void argument(String function, int position) throws QuerySyntaxException {
        settle(or(), argumentRole(function, position), function);
    }

    private static FieldRole argumentRole(String function, int position) {
        if (AGGREGATIONS.contains(function)) {
            return position == 0 ? FieldRole.AGGREGATION : FieldRole.EXPRESSION;
        }
        return PRESENCE_TESTS.contains(function) && position == 0 ? FieldRole.EXISTS : FieldRole.EXPRESSION;
    }
}
