package dev.otelint.assets.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an OpenSearch Dashboards Timeline (timelion) expression, following the Dashboards grammar
 * (vis_type_timeline/common/chain.peg): comma-separated series, each a chain of {@code .function(args)}
 * calls, a {@code (group)} with functions after it, a {@code $variable} (set with {@code $name = value})
 * or an {@code @plot:series} reference. Arguments are named ({@code name=value}) or positional; values
 * are single- or double-quoted strings, bare literals, variables or nested series.
 * Returns one {@link TimelineSeries} per data-source call, in the order they are written.
 */
public final class TimelineParser {
    // Deeper nesting than any real expression; bounds the recursion so hostile input fails cleanly.
    private static final int MAX_DEPTH = 200;

    private final TimelineText in;
    private final List<TimelineSeries> series = new ArrayList<>();
    // A null value marks a variable holding a series rather than a literal.
    private final Map<String, TimelineLiteral> variables = new HashMap<>();
    private int depth;

    private TimelineParser(String expression) {
        this.in = new TimelineText(expression);
    }

    public static List<TimelineSeries> parse(String expression) throws QuerySyntaxException {
        TimelineParser parser = new TimelineParser(expression);
        parser.in.skipSpace();
        parser.seriesList();
        parser.in.skipSpace();
        if (!parser.in.atEnd()) {
            throw parser.in.error("expected ',' or the end of the expression but found " + parser.in.found());
        }
        return List.copyOf(parser.series);
    }

    // series: member (',' member)* ','?
    private void seriesList() throws QuerySyntaxException {
        seriesMember();
        while (true) {
            int before = in.position();
            in.skipSpace();
            if (in.peek() != ',') {
                in.moveTo(before);
                return;
            }
            in.advance();
            in.skipSpace();
            if (in.atEnd() || in.peek() == ')') {
                return;
            }
            seriesMember();
        }
    }

    private void seriesMember() throws QuerySyntaxException {
        char c = in.peek();
        if (c == '$' && TimelineText.isLetter(in.peekAt(1))) {
            variable();
            return;
        }
        if (c == '(' || c == '.' || in.atReference()) {
            seriesValue();
            return;
        }
        throw in.error("expected a series (a function such as .es(), a (group), a $variable or an @reference)"
                + " but found " + in.found());
    }

    /** {@code $name = value} sets a variable; a bare {@code $name} must have been set before. */
    private void variable() throws QuerySyntaxException {
        int start = in.position();
        in.advance();
        String name = in.name();
        int afterName = in.position();
        in.skipSpace();
        if (in.peek() != '=') {
            in.moveTo(afterName);
            variableValue(name, start);
            return;
        }
        in.advance();
        in.skipSpace();
        variables.put(name, argumentValue());
    }

    private TimelineLiteral variableValue(String name, int start) throws QuerySyntaxException {
        if (!variables.containsKey(name)) {
            throw in.error("$" + name + " is not defined; set it first with $" + name + " = value", start);
        }
        return variables.get(name);
    }

    /** A group, chain or reference. */
    private void seriesValue() throws QuerySyntaxException {
        if (++depth > MAX_DEPTH) {
            throw in.error("expression nested more than " + MAX_DEPTH + " levels deep");
        }
        if (in.peek() == '(') {
            group();
        } else if (in.peek() == '.') {
            function();
            functions();
        } else {
            in.reference();
        }
        depth--;
    }

    private void group() throws QuerySyntaxException {
        int open = in.position();
        in.advance();
        in.skipSpace();
        seriesList();
        in.skipSpace();
        if (in.peek() != ')') {
            throw in.error("expected ')' to close the group opened at offset " + open + " but found " + in.found());
        }
        in.advance();
        functions();
    }

    private void functions() throws QuerySyntaxException {
        while (true) {
            int before = in.position();
            in.skipSpace();
            if (in.peek() != '.') {
                in.moveTo(before);
                return;
            }
            function();
        }
    }

    // function: '.' name '(' arguments? ')'
    private void function() throws QuerySyntaxException {
        int dot = in.position();
        in.advance();
        if (!TimelineText.isLetter(in.peek())) {
            throw in.error("expected a function name after '.' but found " + in.found());
        }
        String name = in.name();
        in.skipSpace();
        if (in.peek() != '(') {
            throw in.error("expected '(' after function name ." + name + " but found " + in.found());
        }
        in.advance();
        List<TimelineArgument> arguments = arguments(name);
        if (TimelineDataSource.FUNCTIONS.contains(name)) {
            series.add(TimelineDataSource.series(name, dot, arguments));
        }
    }

    // arguments: argument (',' argument)* ','? ')'
    private List<TimelineArgument> arguments(String function) throws QuerySyntaxException {
        List<TimelineArgument> arguments = new ArrayList<>();
        in.skipSpace();
        while (in.peek() != ')') {
            arguments.add(argument());
            in.skipSpace();
            if (in.peek() == ',') {
                in.advance();
                in.skipSpace();
            } else if (in.peek() != ')') {
                throw in.error("expected ',' or ')' after an argument of ." + function + "() but found "
                        + in.found());
            }
        }
        in.advance();
        return arguments;
    }

    private TimelineArgument argument() throws QuerySyntaxException {
        int start = in.position();
        if (TimelineText.isLetter(in.peek())) {
            String name = in.name();
            in.skipSpace();
            if (in.peek() == '=') {
                in.advance();
                in.skipSpace();
                if (in.atEnd() || in.peek() == ',' || in.peek() == ')') {
                    throw in.error("expected a value for argument '" + name + "' but found " + in.found());
                }
                return new TimelineArgument(name, start, argumentValue());
            }
            in.moveTo(start);
        }
        if (in.peek() == '=') {
            throw in.error("expected an argument name before '='");
        }
        return new TimelineArgument(null, start, argumentValue());
    }

    /** A literal, a variable's value, or null for a series. */
    private TimelineLiteral argumentValue() throws QuerySyntaxException {
        if (in.peek() == '$' && TimelineText.isLetter(in.peekAt(1))) {
            int start = in.position();
            in.advance();
            return variableValue(in.name(), start);
        }
        if (in.peek() == '(' || in.peek() == '.' || in.atReference()) {
            seriesValue();
            return null;
        }
        return in.literal();
    }
}
