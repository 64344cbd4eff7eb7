package dev.otelint.assets.query;

import dev.otelint.assets.query.PplToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads SELECT blocks: select list, FROM with joins, subqueries and Spark LATERAL VIEW, WHERE, GROUP BY,
 * HAVING, ORDER BY, LIMIT, UNION. Each block resolves its column references in its own
 * {@link SqlSelectScope} once the block is read; tables and columns of all blocks are collected together.
 */
final class SqlSelectParser {
    private final PplTokens in;
    private final List<SqlTable> tables = new ArrayList<>();
    private final List<QueryField> fields = new ArrayList<>();

    SqlSelectParser(PplTokens in) {
        this.in = in;
    }

    List<SqlTable> tables() {
        return tables;
    }

    List<QueryField> fields() {
        return fields;
    }

    /** A SELECT (with UNIONs); returns the output names of its first block. */
    List<String> subquery() throws QuerySyntaxException {
        List<String> outputs = select();
        while (in.acceptKeyword("union")) {
            in.acceptKeyword("all");
            select();
        }
        return outputs;
    }

    private List<String> select() throws QuerySyntaxException {
        in.expectKeyword("select", "at the start of the query");
        SqlSelectScope scope = new SqlSelectScope();
        SqlExpressionParser expressions = new SqlExpressionParser(in, scope, this);
        if (!in.acceptKeyword("distinct")) {
            in.acceptKeyword("all");
        }
        List<String> outputs = new ArrayList<>();
        do {
            outputs.add(selectItem(expressions, scope));
        } while (in.acceptSymbol(","));
        if (in.acceptKeyword("from")) {
            from(scope, expressions);
        }
        clauses(scope, expressions);
        scope.resolveInto(fields);
        return outputs;
    }

    /** {@code expr [[AS] alias]}; returns the output name (the alias, or the expression as written). */
    private String selectItem(SqlExpressionParser expressions, SqlSelectScope scope) throws QuerySyntaxException {
        PplToken first = in.peek();
        expressions.expression(FieldRole.PROJECTION);
        String written = in.source().substring(first.start(), in.previous().end());
        PplToken alias = alias();
        if (alias == null) {
            return written;
        }
        scope.selectAlias(alias.value());
        return alias.value();
    }

    /** An optional {@code [AS] name} that is not the next clause's keyword. */
    private PplToken alias() throws QuerySyntaxException {
        if (in.acceptKeyword("as")) {
            if (in.peek().kind() == Kind.STRING) {
                return in.next();
            }
            return in.expectName("an alias after AS");
        }
        PplToken next = in.peek();
        boolean isAlias = next.kind() == Kind.NAME && !SqlExpressionParser.CLAUSE_WORDS.contains(next.lowerText());
        return isAlias ? in.next() : null;
    }

    private void from(SqlSelectScope scope, SqlExpressionParser expressions) throws QuerySyntaxException {
        tableReference(scope);
        while (true) {
            if (in.acceptSymbol(",")) {
                tableReference(scope);
            } else if (atJoin()) {
                join(scope, expressions);
            } else if (in.peek().isKeyword("lateral")) {
                lateralView(scope);
            } else {
                return;
            }
        }
    }

    private void tableReference(SqlSelectScope scope) throws QuerySyntaxException {
        if (in.acceptSymbol("(")) {
            for (String output : subquery()) {
                scope.subqueryOutput(output);
            }
            in.expectSymbol(")", "after the subquery in FROM");
        } else {
            SqlTable table = tableName();
            tables.add(table);
            scope.qualifier(table.name());
        }
        PplToken alias = alias();
        if (alias != null) {
            scope.qualifier(alias.value());
        }
    }

    /** A table name as written: backticked, or tokens written together ({@code logs-*}, {@code {table_name}}). */
    SqlTable tableName() throws QuerySyntaxException {
        PplToken first = in.peek();
        if (first.kind() == Kind.END || first.isSymbol(",") || first.isSymbol("(") || first.isSymbol(")")
                || first.isSymbol(";")) {
            throw in.error("expected a table name");
        }
        in.next();
        if (first.kind() == Kind.NAME && first.text().startsWith("`") && first.text().endsWith("`")) {
            return new SqlTable(first.value(), first.start(), first.end() - first.start());
        }
        int end = first.end();
        while (in.peek().start() == end && isTableNamePart(in.peek())) {
            end = in.next().end();
        }
        return new SqlTable(in.source().substring(first.start(), end), first.start(), end - first.start());
    }

    private static boolean isTableNamePart(PplToken token) {
        return token.kind() != Kind.END && !token.isSymbol(",") && !token.isSymbol("(") && !token.isSymbol(")")
                && !token.isSymbol(";");
    }

    private boolean atJoin() {
        PplToken next = in.peek();
        return next.isKeyword("join") || next.isKeyword("inner") || next.isKeyword("left")
                || next.isKeyword("right") || next.isKeyword("full") || next.isKeyword("cross");
    }

    private void join(SqlSelectScope scope, SqlExpressionParser expressions) throws QuerySyntaxException {
        while (!in.acceptKeyword("join")) {
            if (!atJoin() && !in.peek().isKeyword("outer")) {
                throw in.error("expected JOIN");
            }
            in.next();
        }
        tableReference(scope);
        if (in.acceptKeyword("on")) {
            expressions.expression(FieldRole.FILTER);
        } else if (in.acceptKeyword("using")) {
            in.expectSymbol("(", "after USING");
            do {
                scope.reference(in.expectName("a column name in USING"), FieldRole.FILTER, null);
            } while (in.acceptSymbol(","));
            in.expectSymbol(")", "after the USING columns");
        }
    }

    /** Spark {@code LATERAL VIEW [OUTER] explode(col) table_alias [AS] col_alias}. */
    private void lateralView(SqlSelectScope scope) throws QuerySyntaxException {
        in.next();
        in.expectKeyword("view", "after LATERAL");
        in.acceptKeyword("outer");
        PplToken function = in.expectName("a generator function such as explode() in LATERAL VIEW");
        in.expectSymbol("(", "after " + function.text());
        PplToken column = in.peek();
        boolean bareColumn = column.kind() == Kind.NAME && in.peek(1).isSymbol(")");
        if (bareColumn) {
            in.next();
            scope.reference(column, FieldRole.EXPRESSION, function.lowerText());
        } else {
            new SqlExpressionParser(in, scope, this).argument(function.lowerText(), 0);
        }
        in.expectSymbol(")", "after the argument of " + function.text());
        in.expectName("a table alias after the LATERAL VIEW function");
        in.acceptKeyword("as");
        do {
            PplToken alias = in.expectName("a column alias in LATERAL VIEW");
            scope.lateralAlias(alias.value(), bareColumn ? column.value() : alias.value());
            if (!bareColumn) {
                scope.subqueryOutput(alias.value());
            }
        } while (in.acceptSymbol(","));
    }

    private void clauses(SqlSelectScope scope, SqlExpressionParser expressions) throws QuerySyntaxException {
        if (in.acceptKeyword("where")) {
            expressions.expression(FieldRole.FILTER);
        }
        scope.showAliases();
        if (in.acceptKeyword("group")) {
            in.expectKeyword("by", "after GROUP");
            do {
                expressions.expression(FieldRole.GROUP_BY);
            } while (in.acceptSymbol(","));
        }
        if (in.acceptKeyword("having")) {
            expressions.expression(FieldRole.FILTER);
        }
        if (in.acceptKeyword("order")) {
            orderBy(expressions);
        }
        if (in.acceptKeyword("limit")) {
            limitValue("LIMIT");
            if (in.acceptSymbol(",") || in.acceptKeyword("offset")) {
                limitValue("OFFSET");
            }
        }
    }

    private void orderBy(SqlExpressionParser expressions) throws QuerySyntaxException {
        in.expectKeyword("by", "after ORDER");
        do {
            expressions.expression(FieldRole.SORT);
            if (!in.acceptKeyword("asc")) {
                in.acceptKeyword("desc");
            }
            if (in.acceptKeyword("nulls") && !in.acceptKeyword("first")) {
                in.expectKeyword("last", "after NULLS");
            }
        } while (in.acceptSymbol(","));
    }

    private void limitValue(String clause) throws QuerySyntaxException {
        if (!in.acceptSymbol("?")) {
            in.expectNumber("a number after " + clause);
        }
    }
}
