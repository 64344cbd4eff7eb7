package dev.otelint.assets.query;

/**
 * A field name a query refers to, where it stands in the query text (0-based character offset and
 * length, for findings and for rewriting), and how the query uses it. {@code function} names the
 * aggregation or function applied to the field (e.g. "avg", "percentiles", "span"), or is null.
 */
public record QueryField(String name, int offset, int length, FieldRole role, String function) {

    public QueryField(String name, int offset, int length, FieldRole role) {
        this(name, offset, length, role, null);
    }
}
