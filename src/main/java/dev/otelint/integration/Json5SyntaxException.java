package dev.otelint.integration;

/** JSON5 text that does not parse: where (1-based line and column, in characters) and what was expected. */
public final class Json5SyntaxException extends Exception {
    private final int line;
    private final int column;

    public Json5SyntaxException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() { return line; }
    public int column() { return column; }
}
