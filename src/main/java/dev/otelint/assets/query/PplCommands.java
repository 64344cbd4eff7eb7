package dev.otelint.assets.query;

import dev.otelint.assets.query.PplToken.Kind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The PPL commands after the first {@code |}, each read per the OpenSearch PPL command reference. */
final class PplCommands {
    /** Java-style named groups, the form PPL parse uses: {@code (?<host>.+)}. */
    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<([A-Za-z][A-Za-z0-9]*)>");
    /** Grok captures: {@code %{IP:client}} or {@code %{NUMBER:bytes:int}}. */
    private static final Pattern GROK_CAPTURE = Pattern.compile("%\\{[A-Za-z0-9_]+:([A-Za-z0-9_.@]+)(?::[a-z]+)?}");

    private final PplTokens in;
    private final PplFieldCollector out;
    private final PplExpressionParser expressions;
    private final PplStatsCommand stats;

    PplCommands(PplTokens in, PplFieldCollector out) {
        this.in = in;
        this.out = out;
        this.expressions = new PplExpressionParser(in, out);
        this.stats = new PplStatsCommand(in, out, expressions);
    }

    void command() throws QuerySyntaxException {
        PplToken name = in.peek();
        if (name.kind() != Kind.NAME || name.text().startsWith("`")) {
            throw in.error("expected a command name after '|'");
        }
        in.next();
        switch (name.lowerText()) {
            case "where" -> expressions.expression(FieldRole.FILTER);
            case "fields", "table" -> fields();
            case "stats", "eventstats" -> stats.stats();
            case "eval" -> eval();
            case "rename" -> rename();
            case "sort" -> sort();
            case "head" -> head();
            case "dedup" -> dedup();
            case "top", "rare" -> topOrRare();
            case "parse" -> extract("parse", NAMED_GROUP);
            case "grok" -> extract("grok", GROK_CAPTURE);
            case "patterns" -> patterns();
            case "fillnull" -> fillnull();
            case "trendline" -> trendline();
            case "reverse" -> { }
            default -> throw new QuerySyntaxException("unknown PPL command '" + name.text() + "'", name.start());
        }
    }

    /** {@code fields [+|-] a, b}: both inclusion and exclusion name index fields. */
    private void fields() throws QuerySyntaxException {
        if (!in.acceptSymbol("+")) {
            in.acceptSymbol("-");
        }
        do {
            out.reference(in.expectName("a field name in 'fields'"), FieldRole.PROJECTION, null);
        } while (in.acceptSymbol(","));
    }

    /** {@code eval x = expr, y = expr}: x is defined only after its expression is read. */
    private void eval() throws QuerySyntaxException {
        do {
            PplToken target = in.expectName("a new field name in 'eval'");
            in.expectSymbol("=", "after '" + target.text() + "' in 'eval'");
            expressions.expression(FieldRole.EXPRESSION);
            out.derive(target.value());
        } while (in.acceptSymbol(","));
    }

    /** {@code rename a as b}: a is read from the index, b is a name the query defines. */
    private void rename() throws QuerySyntaxException {
        do {
            out.reference(in.expectName("a field name in 'rename'"), FieldRole.EXPRESSION, "rename");
            in.expectKeyword("as", "after the field in 'rename'");
            out.derive(in.expectName("a new name after 'as'").value());
        } while (in.acceptSymbol(","));
    }

    /** {@code sort [count] [+|-] field [asc|desc], ...}, fields optionally wrapped in auto/str/ip/num. */
    private void sort() throws QuerySyntaxException {
        if (in.peek().kind() == Kind.NUMBER) {
            in.next();
        }
        do {
            if (!in.acceptSymbol("+")) {
                in.acceptSymbol("-");
            }
            sortKey();
            if (!in.acceptKeyword("asc") && !in.acceptKeyword("desc") && !in.acceptKeyword("a")) {
                in.acceptKeyword("d");
            }
        } while (in.acceptSymbol(","));
    }

    private void sortKey() throws QuerySyntaxException {
        PplToken name = in.expectName("a field name in 'sort'");
        String cast = name.lowerText();
        boolean wrapped = in.peek().isSymbol("(") && !name.text().startsWith("`")
                && (cast.equals("auto") || cast.equals("str") || cast.equals("ip") || cast.equals("num"));
        if (!wrapped) {
            out.reference(name, FieldRole.SORT, null);
            return;
        }
        in.next();
        out.reference(in.expectName("a field name in " + cast + "()"), FieldRole.SORT, cast);
        in.expectSymbol(")", "after the field of " + cast + "()");
    }

    /** {@code head [N] [from M]}. */
    private void head() throws QuerySyntaxException {
        if (in.peek().kind() == Kind.NUMBER) {
            in.next();
        }
        if (in.acceptKeyword("from")) {
            in.expectNumber("a number after 'from'");
        }
    }

    /** {@code dedup [N] a, b [keepempty=true] [consecutive=true]}: the dedup keys group records. */
    private void dedup() throws QuerySyntaxException {
        if (in.peek().kind() == Kind.NUMBER) {
            in.next();
        }
        fieldList(FieldRole.GROUP_BY, "dedup", null);
        in.options("", null);
    }

    /** {@code top|rare [N] [options] a, b [by c]}; both add a count column. */
    private void topOrRare() throws QuerySyntaxException {
        String command = in.previous().lowerText();
        if (in.peek().kind() == Kind.NUMBER) {
            in.next();
        }
        String countField = in.options("countfield", "count");
        fieldList(FieldRole.GROUP_BY, command, null);
        if (in.acceptKeyword("by")) {
            fieldList(FieldRole.GROUP_BY, command, null);
        }
        out.derive(countField);
    }

    /** {@code parse field '<regex>'} / {@code grok field '<pattern>'}: named captures become new fields. */
    private void extract(String command, Pattern capture) throws QuerySyntaxException {
        PplToken field = in.expectName("a field name after '" + command + "'");
        out.reference(field, FieldRole.EXPRESSION, command);
        if (in.peek().kind() != Kind.STRING) {
            throw in.error("expected a quoted pattern after the field in '" + command + "'");
        }
        Matcher captures = capture.matcher(in.next().value());
        while (captures.find()) {
            out.derive(captures.group(1));
        }
    }

    /** {@code patterns [new_field='x'] [pattern='re'] [other options] field}. */
    private void patterns() throws QuerySyntaxException {
        String newField = in.options("new_field", "patterns_field");
        out.reference(in.expectName("a field name in 'patterns'"), FieldRole.EXPRESSION, "patterns");
        out.derive(newField);
    }

    /** {@code fillnull with v in a, b} | {@code fillnull using a = v, b = v} | {@code fillnull value=v a b}. */
    private void fillnull() throws QuerySyntaxException {
        if (in.acceptKeyword("with")) {
            expressions.value(FieldRole.EXPRESSION);
            if (in.acceptKeyword("in")) {
                fieldList(FieldRole.EXPRESSION, "fillnull", "fillnull");
            }
        } else if (in.acceptKeyword("using")) {
            do {
                out.reference(in.expectName("a field name after 'using'"), FieldRole.EXPRESSION, "fillnull");
                in.expectSymbol("=", "after the field in 'fillnull using'");
                expressions.expression(FieldRole.EXPRESSION);
            } while (in.acceptSymbol(","));
        } else if (in.acceptKeyword("value")) {
            in.expectSymbol("=", "after 'value'");
            expressions.expression(FieldRole.EXPRESSION);
            while (in.peek().kind() == Kind.NAME) {
                out.reference(in.next(), FieldRole.EXPRESSION, "fillnull");
                in.acceptSymbol(",");
            }
        } else {
            throw in.error("expected 'with', 'using' or 'value=' after 'fillnull'");
        }
    }

    /** {@code trendline [sort [+|-] f] sma(n, field) [as alias] ...}; default name is field_trendline. */
    private void trendline() throws QuerySyntaxException {
        if (in.acceptKeyword("sort")) {
            if (!in.acceptSymbol("+")) {
                in.acceptSymbol("-");
            }
            out.reference(in.expectName("a field name after 'sort'"), FieldRole.SORT, null);
        }
        do {
            PplToken average = in.expectName("'sma' or 'wma' in 'trendline'");
            if (!average.isKeyword("sma") && !average.isKeyword("wma")) {
                throw new QuerySyntaxException("expected 'sma' or 'wma' in 'trendline' but found "
                        + average.describe(), average.start());
            }
            in.expectSymbol("(", "after '" + average.text() + "'");
            in.expectNumber("the number of data points in " + average.text() + "()");
            in.expectSymbol(",", "after the number of data points");
            PplToken field = in.expectName("a field name in " + average.text() + "()");
            out.reference(field, FieldRole.EXPRESSION, average.lowerText());
            in.expectSymbol(")", "after the field of " + average.text() + "()");
            out.derive(in.acceptKeyword("as") ? in.expectName("an alias after 'as'").value()
                    : field.value() + "_trendline");
        } while (in.peek().kind() == Kind.NAME);
    }

    private void fieldList(FieldRole role, String command, String function) throws QuerySyntaxException {
        do {
            out.reference(in.expectName("a field name in '" + command + "'"), role, function);
        } while (in.acceptSymbol(","));
    }
}
