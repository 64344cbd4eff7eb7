package dev.otelint.assets.query;

/** A query that does not parse: what was expected, and the 0-based character offset where. */
public final class QuerySyntaxException extends Exception {
    private final int offset;

    public QuerySyntaxException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
