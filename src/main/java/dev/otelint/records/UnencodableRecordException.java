package dev.otelint.records;

/**
 * An OTLP record that the OpenSearch exporter cannot turn into a document, so it drops it
 * (e.g. NaN in an attribute, which Go's encoding/json refuses). Line and column point at the
 * offending value when the input had positions, else they are 0.
 */
public final class UnencodableRecordException extends Exception {
    private final int line;
    private final int column;

    public UnencodableRecordException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
