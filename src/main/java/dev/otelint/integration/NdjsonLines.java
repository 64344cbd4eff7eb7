package dev.otelint.integration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a file split as Dashboards splits NDJSON: on '\n' only (a '\r' stays in its line, where JSON
 * takes it for whitespace), blank lines skipped. One line is held at a time.
 */
public final class NdjsonLines {
    private final BufferedReader in;
    private final StringBuilder line = new StringBuilder();
    private int lineNumber;

    public NdjsonLines(Reader in) {
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in);
    }

    /** The next non-blank line, or null at the end. */
    public String next() throws IOException {
        while (true) {
            line.setLength(0);
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                line.append((char) c);
            }
            if (c == -1 && line.isEmpty()) {
                return null;
            }
            lineNumber++;
            if (!line.toString().isBlank()) {
                return line.toString();
            }
        }
    }

    /** The 1-based number of the line {@link #next()} last returned. */
    public int lineNumber() {
        return lineNumber;
    }
}
