package dev.otelint.assets.query;

/**
 * The argument list of an SQL function call, including the special forms {@code count(DISTINCT a)},
 * {@code count(*)}, {@code CAST(a AS type)}, {@code TRIM(BOTH 'x' FROM a)} and {@code EXTRACT(unit FROM a)}.
 */
final class SqlFunctionCall {
    private final PplTokens in;
    private final SqlExpressionParser expressions;

    SqlFunctionCall(PplTokens in, SqlExpressionParser expressions) {
        this.in = in;
        this.expressions = expressions;
    }

    void call(String function) throws QuerySyntaxException {
        in.expectSymbol("(", "after " + function);
        if (in.acceptSymbol(")")) {
            return;
        }
        if (!in.acceptKeyword("distinct")) {
            in.acceptKeyword("all");
        }
        if (function.equals("trim") && (in.acceptKeyword("both") || in.acceptKeyword("leading")
                || in.acceptKeyword("trailing")) || function.equals("extract")) {
            if (!in.peek().isKeyword("from")) {
                expressions.argument(function, 1);
            }
            in.expectKeyword("from", "in " + function);
        }
        int position = 0;
        do {
            if (!in.acceptSymbol("*")) {
                expressions.argument(function, position);
            }
            position++;
            if (in.acceptKeyword("as")) {
                typeName(function);
            }
        } while (in.acceptSymbol(","));
        in.expectSymbol(")", "after the arguments of " + function);
    }

    /** {@code int}, {@code decimal(10, 2)}, {@code array<string>}. */
    private void typeName(String function) throws QuerySyntaxException {
        in.expectName("a type name after AS in " + function);
        if (in.acceptSymbol("(")) {
            do {
                in.expectNumber("a number in the type of " + function);
            } while (in.acceptSymbol(","));
            in.expectSymbol(")", "after the type size");
        } else if (in.acceptSymbol("<")) {
            typeName(function);
            in.expectSymbol(">", "after the element type");
        }
    }
}
