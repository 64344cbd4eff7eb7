package dev.otelint.collector.ottl;

/**
 * A statement or condition otelint cannot compile: bad syntax, an unknown path, a function outside the
 * supported subset, wrong arguments. {@code column} is 1-based inside the statement text (0: the whole
 * statement).
 */
public final class OttlException extends RuntimeException {
    private final int column;

    public OttlException(String message, int column) {
        super(message);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
