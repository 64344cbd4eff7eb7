package dev.otelint.assets.query;

import java.util.List;

/**
 * What a parsed SQL statement reads: its tables and the columns it refers to, in statement order. Select
 * aliases, subquery outputs and table qualifiers are understood: {@code ORDER BY count} naming an alias is
 * not a column, and {@code t.status} is reported as {@code status}.
 */
public record SqlQuery(List<SqlTable> tables, List<QueryField> fields) {

    public SqlQuery {
        tables = List.copyOf(tables);
        fields = List.copyOf(fields);
    }
}
