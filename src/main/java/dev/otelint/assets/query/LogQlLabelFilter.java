package dev.otelint.assets.query;

import dev.otelint.assets.query.PromQlToken.Kind;

/**
 * A LogQL label filter: comparisons joined by and/or/','/a space, in parentheses if wanted
 * (status >= 400 and level=~"err.*", duration > 10s, size > 20MB, addr = ip("10.0.0.0/8")).
 */
final class LogQlLabelFilter {

    private final PromQlParser parser;

    LogQlLabelFilter(PromQlParser parser) {
        this.parser = parser;
    }

    void parse() throws QuerySyntaxException {
        disjunction();
    }

    private void disjunction() throws QuerySyntaxException {
        conjunction();
        while (parser.peek().isWord("or") && startsComparison(parser.peekAt(1))) {
            parser.next();
            conjunction();
        }
    }

    private void conjunction() throws QuerySyntaxException {
        primary();
        while (true) {
            PromQlToken token = parser.peek();
            if ((token.isWord("and") || token.is(Kind.COMMA)) && startsComparison(parser.peekAt(1))) {
                parser.next();
            } else if (!(PromQlParser.isLabelName(token) && LogQlPipeline.isComparison(parser.peekAt(1)))) {
                return;
            }
            primary();
        }
    }

    private boolean startsComparison(PromQlToken token) {
        return token.is(Kind.LEFT_PAREN) || PromQlParser.isLabelName(token);
    }

    private void primary() throws QuerySyntaxException {
        if (parser.peek().is(Kind.LEFT_PAREN)) {
            PromQlToken open = parser.next();
            disjunction();
            parser.expect(Kind.RIGHT_PAREN, "expected ')' to close the '(' at offset " + open.offset());
            return;
        }
        PromQlToken label = parser.peek();
        if (!PromQlParser.isLabelName(label)) {
            throw parser.error("expected a label name in the label filter but found " + label.describe());
        }
        parser.next();
        PromQlToken operator = parser.peek();
        if (!LogQlPipeline.isComparison(operator)) {
            throw parser.error("expected a comparison after the label " + label.describe() + " but found "
                    + operator.describe());
        }
        parser.next();
        boolean range = operator.is(Kind.GTR) || operator.is(Kind.GTE) || operator.is(Kind.LSS) || operator.is(Kind.LTE);
        parser.addLabel(label, range ? FieldRole.RANGE : FieldRole.FILTER, null);
        value(operator);
    }

    private void value(PromQlToken operator) throws QuerySyntaxException {
        if (parser.peek().is(Kind.SUB)) {
            parser.next();
        }
        PromQlToken value = parser.peek();
        if (value.isWord("ip") && parser.peekAt(1).is(Kind.LEFT_PAREN)) {
            LogQlPipeline.ipCall(parser);
        } else if (value.is(Kind.STRING) || value.is(Kind.NUMBER) || value.is(Kind.DURATION)) {
            parser.next();
        } else {
            throw parser.error("expected a value after " + operator.describe() + " but found " + value.describe());
        }
    }
}
