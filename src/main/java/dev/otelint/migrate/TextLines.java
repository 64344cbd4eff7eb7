package dev.otelint.migrate;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/** Reads a text line by line, each line with its terminator ("\n" or "\r\n"; none at a last line without one). */
final class TextLines implements Closeable {
    private final Reader reader;
    private final StringBuilder line = new StringBuilder();

    TextLines(Reader reader) {
        this.reader = reader;
    }

    /** The next line with its terminator, or null at the end. */
    String next() throws IOException {
        line.setLength(0);
        int c;
        while ((c = reader.read()) >= 0) {
            line.append((char) c);
            if (c == '\n') {
                break;
            }
        }
        return line.length() == 0 ? null : line.toString();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
