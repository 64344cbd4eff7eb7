package dev.otelint.assets.query;

import dev.otelint.assets.query.PplToken.Kind;

/**
 * {@code stats [options] agg(field) [as alias], ... [by span(field, interval) [as alias], field, ...]}.
 * Aggregation outputs are names the query defines: the alias, or the call as written ({@code count()}),
 * which later commands reference with backticks.
 */
final class PplStatsCommand {
    private final PplTokens in;
    private final PplFieldCollector out;
    private final PplExpressionParser expressions;

    PplStatsCommand(PplTokens in, PplFieldCollector out, PplExpressionParser expressions) {
        this.in = in;
        this.out = out;
        this.expressions = expressions;
    }

    void stats() throws QuerySyntaxException {
        in.options("", null);
        do {
            aggregation();
        } while (in.acceptSymbol(","));
        if (in.acceptKeyword("by")) {
            do {
                groupKey();
            } while (in.acceptSymbol(","));
        }
    }

    private void aggregation() throws QuerySyntaxException {
        PplToken first = in.peek();
        if (first.kind() != Kind.NAME || !in.peek(1).isSymbol("(") && !in.peek(1).isSymbol("<")) {
            throw in.error("expected an aggregation such as count() or avg(field) in 'stats'");
        }
        expressions.expression(FieldRole.AGGREGATION);
        String written = text(first, in.previous());
        out.derive(alias(written));
    }

    /** {@code span(field, 5m) [as alias]} is the time axis; any other key is a group. */
    private void groupKey() throws QuerySyntaxException {
        PplToken first = in.peek();
        if (first.isKeyword("span") && in.peek(1).isSymbol("(")) {
            in.next();
            in.next();
            out.reference(in.expectName("a field name in span()"), FieldRole.TIME, "span");
            in.expectSymbol(",", "after the field of span()");
            if (in.peek().kind() != Kind.NUMBER && in.peek().kind() != Kind.PLACEHOLDER) {
                throw in.error("expected an interval such as 5m in span()");
            }
            in.next();
            if (in.peek().kind() == Kind.NAME && !in.peek().isKeyword("as")) {
                in.next();
            }
            in.expectSymbol(")", "after the interval of span()");
            out.derive(alias(text(first, in.previous())));
            return;
        }
        PplToken key = expressions.operand();
        if (key != null) {
            out.reference(key, FieldRole.GROUP_BY, null);
        }
        if (in.acceptKeyword("as")) {
            out.derive(in.expectName("an alias after 'as'").value());
        } else if (key == null) {
            out.derive(text(first, in.previous()));
        }
    }

    private String alias(String written) throws QuerySyntaxException {
        return in.acceptKeyword("as") ? in.expectName("an alias after 'as'").value() : written;
    }

    private String text(PplToken from, PplToken to) {
        return in.source().substring(from.start(), to.end());
    }
}
