package dev.otelint.report;

/**
 * Input the user gave us cannot be used at all (missing file, unparsable schema, bad flag value).
 * The CLI prints {@link #getMessage()} as one line and exits 2.
 */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "file:line:column: what" with the parts that are known. */
    public static BadInputException at(String file, int line, int column, String what) {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return new BadInputException(where + ": " + what);
    }
}
