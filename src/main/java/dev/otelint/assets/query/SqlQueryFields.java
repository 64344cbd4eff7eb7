package dev.otelint.assets.query;

import dev.otelint.assets.query.PplToken.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Extracts the tables and column references of an OpenSearch SQL statement as integration assets use it:
 * saved queries, notebook paragraphs and the Flint statements of S3 integrations. Only what is needed to find
 * references is understood. {@code CREATE MATERIALIZED VIEW ... AS SELECT} yields its SELECT's references
 * (the view's own name is not a table read); {@code CREATE SKIPPING INDEX ON t (col TYPE, ...)} yields the
 * indexed columns as filters with the skipping type as function; {@code CREATE INDEX name ON t (cols)} yields
 * projections. A statement without a SELECT to follow ({@code CREATE TABLE}) throws QuerySyntaxException.
 *
 * <p>Offsets and lengths point at a column as written, backticks included, without its table qualifier.
 */
public final class SqlQueryFields {

    private SqlQueryFields() {}

    public static SqlQuery parse(String sql) throws QuerySyntaxException {
        PplTokens in = SqlLexer.tokens(sql);
        SqlSelectParser selects = new SqlSelectParser(in);
        if (in.peek().isKeyword("create")) {
            create(in, selects);
        } else {
            selects.subquery();
        }
        in.acceptSymbol(";");
        if (!in.atEnd()) {
            throw in.error("expected the end of the statement");
        }
        // Subqueries resolve before the block around them; report in statement order.
        List<QueryField> fields = new ArrayList<>(selects.fields());
        fields.sort(Comparator.comparingInt(QueryField::offset));
        return new SqlQuery(selects.tables(), fields);
    }

    private static void create(PplTokens in, SqlSelectParser selects) throws QuerySyntaxException {
        PplToken create = in.next();
        if (in.acceptKeyword("materialized")) {
            in.expectKeyword("view", "after MATERIALIZED");
            ifNotExists(in);
            selects.tableName();
            in.expectKeyword("as", "after the view name");
            selects.subquery();
            withOptions(in);
        } else if (in.acceptKeyword("skipping")) {
            in.expectKeyword("index", "after SKIPPING");
            indexColumns(in, selects, FieldRole.FILTER);
        } else if (in.acceptKeyword("index")) {
            ifNotExists(in);
            in.expectName("an index name after CREATE INDEX");
            indexColumns(in, selects, FieldRole.PROJECTION);
        } else {
            throw new QuerySyntaxException("only CREATE MATERIALIZED VIEW, CREATE SKIPPING INDEX and CREATE INDEX"
                    + " hold column references; this CREATE statement has no SELECT to read", create.start());
        }
    }

    /** {@code ON table (col [TYPE], ...) [WITH (...)]}: Flint skipping and covering indexes. */
    private static void indexColumns(PplTokens in, SqlSelectParser selects, FieldRole role)
            throws QuerySyntaxException {
        ifNotExists(in);
        in.expectKeyword("on", "before the table of the index");
        SqlTable table = selects.tableName();
        selects.tables().add(table);
        in.expectSymbol("(", "before the indexed columns");
        do {
            PplToken column = in.expectName("a column name in the index");
            String type = in.peek().kind() == Kind.NAME ? in.next().lowerText() : null;
            selects.fields().add(new QueryField(column.value(), column.start(), column.end() - column.start(),
                    role, type));
        } while (in.acceptSymbol(","));
        in.expectSymbol(")", "after the indexed columns");
        withOptions(in);
    }

    private static void ifNotExists(PplTokens in) throws QuerySyntaxException {
        if (in.acceptKeyword("if")) {
            in.expectKeyword("not", "after IF");
            in.expectKeyword("exists", "after IF NOT");
        }
    }

    /** {@code WITH (key = value, ...)}: Flint refresh options, skipped with their nesting. */
    private static void withOptions(PplTokens in) throws QuerySyntaxException {
        if (!in.acceptKeyword("with")) {
            return;
        }
        in.expectSymbol("(", "after WITH");
        int depth = 1;
        while (depth > 0) {
            if (in.atEnd()) {
                throw in.error("expected ')' to close WITH (");
            }
            PplToken token = in.next();
            depth += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
        }
    }
}
