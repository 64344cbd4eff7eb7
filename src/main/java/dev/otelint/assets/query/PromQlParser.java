package dev.otelint.assets.query;

import dev.otelint.assets.query.PromQlToken.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hand-written recursive-descent parser for PromQL (grammar facts from Prometheus promql/parser and the
 * querying docs) that collects the metric and label names a query refers to; see {@link PromQlQuery}.
 * {@link LogQlParser} shares the expression grammar and replaces the selectors.
 */
public class PromQlParser {

    /** Operator precedence, lowest first (Prometheus: or < and/unless < comparisons < +,- < *,/,%,atan2 < ^). */
    private static final int OR = 1;
    private static final int AND = 2;
    private static final int COMPARISON = 3;
    private static final int SUM = 4;
    private static final int PRODUCT = 5;
    private static final int POWER = 6;
    private static final int MAX_DEPTH = 200;

    private static final Set<String> AGGREGATIONS = Set.of("sum", "avg", "count", "min", "max", "group", "stddev",
            "stdvar", "topk", "bottomk", "count_values", "quantile", "limitk", "limit_ratio");
    private static final Set<String> PARAMETRIC_AGGREGATIONS = Set.of("topk", "bottomk", "count_values", "quantile",
            "limitk", "limit_ratio");
    /** Words that are always keywords where an expression is expected, so never metric names. */
    private static final Set<String> RESERVED = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "bool", "offset", "and", "or", "unless", "atan2");
    // Prometheus model.ParseDuration: one or more number-unit pairs, largest unit first
    private static final Pattern DURATION = Pattern.compile("(\\d+(ms|[ywdhms]))+");

    /** What an operand is, as far as the postfix rules care. */
    enum Operand { SELECTOR, STRING, OTHER }

    private final List<PromQlToken> tokens;
    private final Deque<String> functions = new ArrayDeque<>();
    private final List<QueryField> metrics = new ArrayList<>();
    private final List<QueryField> labels = new ArrayList<>();
    private PromQlToken lastString;
    private int index;
    private int depth;

    PromQlParser(String query) throws QuerySyntaxException {
        this.tokens = PromQlLexer.tokenize(query);
    }

    /** The metric and label names of a PromQL query; QuerySyntaxException when it does not parse. */
    public static PromQlQuery parse(String query) throws QuerySyntaxException {
        PromQlParser parser = new PromQlParser(query);
        parser.parseQuery();
        return new PromQlQuery(parser.metrics, parser.labels);
    }

    final void parseQuery() throws QuerySyntaxException {
        if (peek().is(Kind.END)) {
            throw new QuerySyntaxException("the query is empty", 0);
        }
        expression();
        if (!peek().is(Kind.END)) {
            throw error("expected an operator or the end of the query but found " + peek().describe());
        }
    }

    final List<QueryField> labels() {
        return labels;
    }

    final Operand expression() throws QuerySyntaxException {
        return binary(OR);
    }

    private Operand binary(int minPrecedence) throws QuerySyntaxException {
        if (++depth > MAX_DEPTH) {
            throw error("the query is nested too deeply");
        }
        Operand left = unary();
        for (int precedence = precedence(peek()); precedence >= minPrecedence; precedence = precedence(peek())) {
            PromQlToken operator = next();
            binaryModifiers(operator, precedence);
            // '^' is right-associative, every other operator left-associative
            binary(operator.is(Kind.POW) ? precedence : precedence + 1);
            left = Operand.OTHER;
        }
        depth--;
        return left;
    }

    private Operand unary() throws QuerySyntaxException {
        if (peek().is(Kind.ADD) || peek().is(Kind.SUB)) {
            next();
            // Prometheus: a unary sign binds like '*', so -a^b is -(a^b)
            binary(POWER);
            return Operand.OTHER;
        }
        return postfix(primary());
    }

    private static int precedence(PromQlToken token) {
        return switch (token.kind()) {
            case ADD, SUB -> SUM;
            case MUL, DIV, MOD -> PRODUCT;
            case POW -> POWER;
            case EQL, NEQ, LTE, LSS, GTE, GTR -> COMPARISON;
            case IDENTIFIER -> wordPrecedence(token.text().toLowerCase(Locale.ROOT));
            default -> 0;
        };
    }

    private static int wordPrecedence(String word) {
        return switch (word) {
            case "or" -> OR;
            case "and", "unless" -> AND;
            case "atan2" -> PRODUCT;
            default -> 0;
        };
    }

    /** bool, on(...)/ignoring(...) and group_left(...)/group_right(...) after a binary operator. */
    private void binaryModifiers(PromQlToken operator, int precedence) throws QuerySyntaxException {
        if (peek().isWord("bool")) {
            if (precedence != COMPARISON) {
                throw error("'bool' can only follow a comparison operator, not " + operator.describe());
            }
            next();
        }
        if (peek().isWord("on") || peek().isWord("ignoring")) {
            String matching = next().text().toLowerCase(Locale.ROOT);
            labelList(FieldRole.EXPRESSION, matching);
            if (peek().isWord("group_left") || peek().isWord("group_right")) {
                String grouping = next().text().toLowerCase(Locale.ROOT);
                if (peek().is(Kind.LEFT_PAREN)) {
                    labelList(FieldRole.EXPRESSION, grouping);
                }
            }
        }
    }

    private Operand postfix(Operand operand) throws QuerySyntaxException {
        Operand result = operand;
        while (true) {
            if (peek().is(Kind.LEFT_BRACKET)) {
                result = rangeOrSubquery(result);
            } else if (peek().isWord("offset")) {
                next();
                if (peek().is(Kind.SUB)) {
                    next();
                }
                duration("'offset'");
            } else if (peek().is(Kind.AT)) {
                next();
                timestamp();
            } else {
                return result;
            }
        }
    }

    private Operand rangeOrSubquery(Operand operand) throws QuerySyntaxException {
        PromQlToken open = next();
        duration("'['");
        if (peek().is(Kind.COLON)) {
            next();
            if (!peek().is(Kind.RIGHT_BRACKET)) {
                duration("':' in the subquery");
            }
        } else if (operand != Operand.SELECTOR) {
            throw new QuerySyntaxException("a range [...] can only follow a selector; write [range:step] for a subquery",
                    open.offset());
        }
        expect(Kind.RIGHT_BRACKET, "expected ']' to close the '[' at offset " + open.offset());
        return Operand.OTHER;
    }

    final void duration(String after) throws QuerySyntaxException {
        PromQlToken token = peek();
        boolean valid = token.is(Kind.NUMBER) || (token.is(Kind.DURATION) && DURATION.matcher(token.text()).matches());
        if (!valid) {
            throw error("expected a duration such as 5m after " + after + " but found " + token.describe());
        }
        next();
    }

    private void timestamp() throws QuerySyntaxException {
        if (peek().is(Kind.SUB)) {
            next();
        }
        if (peek().is(Kind.NUMBER)) {
            next();
        } else if ((peek().isWord("start") || peek().isWord("end")) && peekAt(1).is(Kind.LEFT_PAREN)) {
            next();
            next();
            expect(Kind.RIGHT_PAREN, "expected ')' after 'start(' or 'end('");
        } else {
            throw error("expected a timestamp, start() or end() after '@' but found " + peek().describe());
        }
    }

    private Operand primary() throws QuerySyntaxException {
        PromQlToken token = peek();
        switch (token.kind()) {
            case NUMBER, DURATION -> {
                next();
                return Operand.OTHER;
            }
            case STRING -> {
                lastString = next();
                return Operand.STRING;
            }
            case LEFT_PAREN -> {
                next();
                Operand inner = expression();
                expect(Kind.RIGHT_PAREN, "expected ')' to close the '(' at offset " + token.offset());
                return parenthesized(inner);
            }
            case LEFT_BRACE -> {
                return selector(null);
            }
            case IDENTIFIER -> {
                return identifier();
            }
            default -> throw error("expected an expression but found " + token.describe());
        }
    }

    /** What "(x)" is: in PromQL no longer a selector, so "(m)[5m]" is rejected as Prometheus does. */
    Operand parenthesized(Operand inner) {
        return Operand.OTHER;
    }

    private Operand identifier() throws QuerySyntaxException {
        PromQlToken token = peek();
        String word = token.text().toLowerCase(Locale.ROOT);
        boolean followedByCall = peekAt(1).is(Kind.LEFT_PAREN);
        if (AGGREGATIONS.contains(word) && (followedByCall || peekAt(1).isWord("by") || peekAt(1).isWord("without"))) {
            next();
            return aggregation(word);
        }
        if (followedByCall) {
            next();
            return functionCall(token.text());
        }
        if (word.equals("inf") || word.equals("nan")) {
            next();
            return Operand.OTHER;
        }
        if (RESERVED.contains(word)) {
            throw error("expected an expression but found the keyword " + token.describe());
        }
        return selector(token);
    }

    private Operand aggregation(String name) throws QuerySyntaxException {
        boolean grouped = grouping(name);
        expect(Kind.LEFT_PAREN, "expected '(' after '" + name + "'");
        functions.push(name);
        if (PARAMETRIC_AGGREGATIONS.contains(name)) {
            Operand parameter = expression();
            if (name.equals("count_values") && parameter == Operand.STRING) {
                addLabel(lastString, FieldRole.PROJECTION, name);
            }
            expect(Kind.COMMA, "expected ',' after the parameter of '" + name + "'");
        }
        expression();
        expect(Kind.RIGHT_PAREN, "expected ')' after the argument of '" + name + "'");
        functions.pop();
        if (!grouped) {
            grouping(name);
        }
        return Operand.OTHER;
    }

    /** An optional by(...) or without(...) clause; true when there was one. */
    final boolean grouping(String aggregation) throws QuerySyntaxException {
        if (peek().isWord("by") || peek().isWord("without")) {
            next();
            labelList(FieldRole.GROUP_BY, aggregation);
            return true;
        }
        return false;
    }

    final void labelList(FieldRole role, String function) throws QuerySyntaxException {
        PromQlToken open = expect(Kind.LEFT_PAREN, "expected '(' and a list of labels after " + previous().describe());
        while (!peek().is(Kind.RIGHT_PAREN)) {
            PromQlToken label = peek();
            if (!(label.is(Kind.STRING) || isLabelName(label))) {
                throw error("expected a label name or ')' but found " + label.describe());
            }
            addLabel(next(), role, function);
            if (!peek().is(Kind.COMMA)) {
                break;
            }
            next();
        }
        expect(Kind.RIGHT_PAREN, "expected ',' or ')' in the label list opened at offset " + open.offset());
    }

    private Operand functionCall(String name) throws QuerySyntaxException {
        next();
        functions.push(name);
        List<PromQlToken> strings = new ArrayList<>();
        while (!peek().is(Kind.RIGHT_PAREN)) {
            Operand argument = expression();
            strings.add(argument == Operand.STRING ? lastString : null);
            if (!peek().is(Kind.COMMA)) {
                break;
            }
            next();
        }
        expect(Kind.RIGHT_PAREN, "expected ',' or ')' after the arguments of '" + name + "'");
        functions.pop();
        PromQlLabelArguments.collect(name, strings, this::addLabel);
        afterFunctionCall(name);
        return Operand.OTHER;
    }

    /** PromQL functions take no clause after their arguments; LogQL range aggregations may take by/without. */
    void afterFunctionCall(String name) throws QuerySyntaxException {
    }

    /** A vector selector: an optional metric name, then optional {matchers}. */
    Operand selector(PromQlToken metricName) throws QuerySyntaxException {
        if (metricName != null) {
            next();
            addMetric(metricName.text(), metricName);
        }
        if (metricName == null || peek().is(Kind.LEFT_BRACE)) {
            new PromQlMatchers(this, metricName != null).parse();
        }
        return Operand.SELECTOR;
    }

    final void addMetric(String name, PromQlToken token) {
        metrics.add(new QueryField(name, token.offset(), token.text().length(), FieldRole.METRIC, functions.peek()));
    }

    final void addLabel(PromQlToken token, FieldRole role, String function) {
        String name = token.is(Kind.STRING) ? PromQlStrings.value(token) : token.text();
        labels.add(new QueryField(name, token.offset(), token.text().length(), role, function));
    }

    /** The innermost function or aggregation being parsed, or null. */
    final String enclosingFunction() {
        return functions.peek();
    }

    static boolean isLabelName(PromQlToken token) {
        return token.is(Kind.IDENTIFIER) && token.text().indexOf(':') < 0;
    }

    final PromQlToken peek() {
        return tokens.get(index);
    }

    final PromQlToken peekAt(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    final PromQlToken previous() {
        return tokens.get(Math.max(index - 1, 0));
    }

    final PromQlToken next() {
        PromQlToken token = tokens.get(index);
        if (!token.is(Kind.END)) {
            index++;
        }
        return token;
    }

    final PromQlToken expect(Kind kind, String message) throws QuerySyntaxException {
        if (!peek().is(kind)) {
            throw error(message + " but found " + peek().describe());
        }
        return next();
    }

    final QuerySyntaxException error(String message) {
        return new QuerySyntaxException(message, peek().offset());
    }
}
