package dev.otelint.assets.query;

import dev.otelint.assets.query.PromQlToken.Kind;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {label="value", ...} part of a PromQL selector or LogQL stream selector. A lone quoted name is the
 * metric name (Prometheus 3 UTF-8 names: {"http.server.duration"}), and {__name__="m"} names metric m.
 */
final class PromQlMatchers {

    private static final String METRIC_NAME_LABEL = "__name__";

    private final PromQlParser parser;
    private final boolean metricNamesAllowed;
    private boolean named;
    private boolean selective;

    /** {@code named}: a metric name came before the braces. */
    PromQlMatchers(PromQlParser parser, boolean named) {
        this(parser, named, true);
    }

    private PromQlMatchers(PromQlParser parser, boolean named, boolean metricNamesAllowed) {
        this.parser = parser;
        this.named = named;
        this.selective = named;
        this.metricNamesAllowed = metricNamesAllowed;
    }

    /** Matchers of a LogQL stream selector, where there are no metric names. */
    static PromQlMatchers ofStream(PromQlParser parser) {
        return new PromQlMatchers(parser, false, false);
    }

    void parse() throws QuerySyntaxException {
        PromQlToken open = parser.expect(Kind.LEFT_BRACE, "expected '{'");
        while (!parser.peek().is(Kind.RIGHT_BRACE)) {
            matcher();
            if (!parser.peek().is(Kind.COMMA)) {
                break;
            }
            parser.next();
        }
        parser.expect(Kind.RIGHT_BRACE, "expected ',' or '}' in the matchers opened at offset " + open.offset());
        // Prometheus: "vector selector must contain at least one non-empty matcher"
        if (!selective) {
            throw new QuerySyntaxException("a selector needs a metric name or a matcher that does not match "
                    + "the empty string", open.offset());
        }
    }

    private void matcher() throws QuerySyntaxException {
        PromQlToken name = parser.peek();
        if (!(name.is(Kind.STRING) || PromQlParser.isLabelName(name))) {
            throw parser.error("expected a label name but found " + name.describe());
        }
        parser.next();
        if (name.is(Kind.STRING) && metricNamesAllowed && isMatcherEnd(parser.peek())) {
            metricName(PromQlStrings.value(name), name);
            return;
        }
        PromQlToken operator = parser.peek();
        if (!isMatchOperator(operator)) {
            throw parser.error("expected =, !=, =~ or !~ after the label " + name.describe() + " but found "
                    + operator.describe());
        }
        parser.next();
        PromQlToken value = parser.expect(Kind.STRING, "expected a quoted value after " + operator.describe());
        String label = name.is(Kind.STRING) ? PromQlStrings.value(name) : name.text();
        if (metricNamesAllowed && label.equals(METRIC_NAME_LABEL)) {
            metricNameMatcher(operator, value);
        } else {
            parser.addLabel(name, FieldRole.FILTER, null);
        }
        selective |= !matchesEmpty(operator.kind(), PromQlStrings.value(value));
    }

    private void metricNameMatcher(PromQlToken operator, PromQlToken value) throws QuerySyntaxException {
        // only an equality names one metric; a regex over names names none we can check
        if (operator.is(Kind.ASSIGN)) {
            metricName(PromQlStrings.value(value), value);
        }
    }

    private void metricName(String name, PromQlToken token) throws QuerySyntaxException {
        if (named) {
            throw new QuerySyntaxException("the metric name is given twice", token.offset());
        }
        named = true;
        selective = true;
        parser.addMetric(name, token);
    }

    private static boolean isMatcherEnd(PromQlToken token) {
        return token.is(Kind.COMMA) || token.is(Kind.RIGHT_BRACE);
    }

    static boolean isMatchOperator(PromQlToken token) {
        return token.is(Kind.ASSIGN) || token.is(Kind.NEQ) || token.is(Kind.EQL_REGEX) || token.is(Kind.NEQ_REGEX);
    }

    private static boolean matchesEmpty(Kind operator, String value) {
        return switch (operator) {
            case ASSIGN -> value.isEmpty();
            case NEQ -> !value.isEmpty();
            case EQL_REGEX -> regexMatchesEmpty(value, true);
            default -> !regexMatchesEmpty(value, false);
        };
    }

    /** Prometheus anchors matcher regexes; an unreadable (RE2-only) regex is taken as selective. */
    private static boolean regexMatchesEmpty(String regex, boolean ifUnreadable) {
        try {
            return Pattern.compile(regex).matcher("").matches();
        } catch (PatternSyntaxException | StackOverflowError e) {
            return !ifUnreadable;
        }
    }
}
