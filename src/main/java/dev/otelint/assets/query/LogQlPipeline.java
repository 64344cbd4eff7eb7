package dev.otelint.assets.query;

import dev.otelint.assets.query.PromQlToken.Kind;
import java.util.Locale;

/** The stages after a LogQL stream selector (Loki log-query docs): line filters, parsers, formatters, label filters. */
final class LogQlPipeline {

    private final PromQlParser parser;

    LogQlPipeline(PromQlParser parser) {
        this.parser = parser;
    }

    void parse() throws QuerySyntaxException {
        while (true) {
            PromQlToken token = parser.peek();
            if (LogQlParser.isLineFilter(token)) {
                parser.next();
                lineFilterValues();
            } else if (token.is(Kind.PIPE)) {
                parser.next();
                stage();
            } else {
                return;
            }
        }
    }

    /** |= "a" or "b", |= ip("10.0.0.0/8"): values only, no names. */
    private void lineFilterValues() throws QuerySyntaxException {
        lineFilterValue();
        while (parser.peek().isWord("or") && parser.peekAt(1).is(Kind.STRING)) {
            parser.next();
            lineFilterValue();
        }
    }

    private void lineFilterValue() throws QuerySyntaxException {
        if (parser.peek().isWord("ip") && parser.peekAt(1).is(Kind.LEFT_PAREN)) {
            ipCall(parser);
        } else {
            parser.expect(Kind.STRING, "expected a quoted text after the line filter");
        }
    }

    /** ip("cidr") as a line or label filter value. */
    static void ipCall(PromQlParser parser) throws QuerySyntaxException {
        parser.next();
        parser.next();
        parser.expect(Kind.STRING, "expected a quoted address range in ip(");
        parser.expect(Kind.RIGHT_PAREN, "expected ')' after the address range of ip(");
    }

    private void stage() throws QuerySyntaxException {
        PromQlToken token = parser.peek();
        String word = token.is(Kind.IDENTIFIER) ? token.text().toLowerCase(Locale.ROOT) : "";
        if (isComparison(parser.peekAt(1)) || token.is(Kind.LEFT_PAREN)) {
            new LogQlLabelFilter(parser).parse();
            return;
        }
        switch (word) {
            case "json", "logfmt" -> extractor(word);
            case "regexp", "pattern", "line_format" -> {
                parser.next();
                parser.expect(Kind.STRING, "expected a quoted expression after '" + word + "'");
            }
            case "unpack", "decolorize" -> parser.next();
            case "label_format" -> labelFormat();
            case "drop", "keep" -> dropOrKeep(word);
            case "unwrap" -> unwrap();
            default -> throw parser.error("expected a parser, a formatter or a label filter after '|' but found "
                    + token.describe());
        }
    }

    /** json/logfmt [--strict] [--keep-empty] [label[="expression"], ...]: the labels are created. */
    private void extractor(String word) throws QuerySyntaxException {
        parser.next();
        while (parser.peek().is(Kind.SUB) && parser.peekAt(1).is(Kind.SUB)) {
            parser.next();
            parser.next();
            if (!parser.peek().is(Kind.IDENTIFIER)) {
                throw parser.error("expected a flag name after '--' but found " + parser.peek().describe());
            }
            PromQlToken flag = parser.next();
            // "--keep-empty" lexes as keep, '-', empty
            while (parser.peek().is(Kind.SUB) && parser.peek().offset() == flag.end()
                    && parser.peekAt(1).is(Kind.IDENTIFIER) && parser.peekAt(1).offset() == flag.end() + 1) {
                parser.next();
                flag = parser.next();
            }
        }
        if (!startsLabelList()) {
            return;
        }
        do {
            PromQlToken label = expectLabel();
            parser.addLabel(label, FieldRole.PROJECTION, word);
            if (parser.peek().is(Kind.ASSIGN)) {
                parser.next();
                parser.expect(Kind.STRING, "expected a quoted expression after '='");
            }
        } while (nextInList());
    }

    /** label_format dst=src, dst="{{.template}}". */
    private void labelFormat() throws QuerySyntaxException {
        parser.next();
        do {
            parser.addLabel(expectLabel(), FieldRole.PROJECTION, "label_format");
            parser.expect(Kind.ASSIGN, "expected '=' after the label to format");
            PromQlToken source = parser.peek();
            if (PromQlParser.isLabelName(source)) {
                parser.addLabel(parser.next(), FieldRole.EXPRESSION, "label_format");
            } else {
                parser.expect(Kind.STRING, "expected a label or a quoted template after '='");
            }
        } while (nextInList());
    }

    /** drop/keep label[op "value"], ... */
    private void dropOrKeep(String word) throws QuerySyntaxException {
        parser.next();
        FieldRole role = word.equals("keep") ? FieldRole.PROJECTION : FieldRole.EXPRESSION;
        do {
            parser.addLabel(expectLabel(), role, word);
            if (PromQlMatchers.isMatchOperator(parser.peek())) {
                parser.next();
                parser.expect(Kind.STRING, "expected a quoted value after the operator");
            }
        } while (nextInList());
    }

    /** unwrap label, unwrap duration(label), unwrap bytes(label): the label the range function aggregates. */
    private void unwrap() throws QuerySyntaxException {
        parser.next();
        boolean converted = parser.peekAt(1).is(Kind.LEFT_PAREN);
        if (converted) {
            parser.next();
            parser.next();
        }
        parser.addLabel(expectLabel(), FieldRole.AGGREGATION, parser.enclosingFunction());
        if (converted) {
            parser.expect(Kind.RIGHT_PAREN, "expected ')' after the unwrapped label");
        }
    }

    private boolean startsLabelList() {
        PromQlToken token = parser.peek();
        return PromQlParser.isLabelName(token) && !isKeyword(token);
    }

    private PromQlToken expectLabel() throws QuerySyntaxException {
        if (!PromQlParser.isLabelName(parser.peek())) {
            throw parser.error("expected a label name but found " + parser.peek().describe());
        }
        return parser.next();
    }

    private boolean nextInList() {
        if (parser.peek().is(Kind.COMMA)) {
            parser.next();
            return true;
        }
        return false;
    }

    private static boolean isKeyword(PromQlToken token) {
        return token.isWord("or") || token.isWord("and") || token.isWord("unless") || token.isWord("by")
                || token.isWord("without") || token.isWord("offset");
    }

    static boolean isComparison(PromQlToken token) {
        return switch (token.kind()) {
            case ASSIGN, EQL, NEQ, EQL_REGEX, NEQ_REGEX, GTR, GTE, LSS, LTE -> true;
            default -> false;
        };
    }
}
