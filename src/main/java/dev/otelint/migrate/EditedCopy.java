package dev.otelint.migrate;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;

/**
 * Copies a text from a reader to a writer, applying edits given in ascending offset order. Only the
 * text between edits passes through a small buffer, so memory does not grow with the text.
 */
final class EditedCopy {
    private static final int BUFFER = 8192;

    private final Reader source;
    private final Writer target;
    private final char[] buffer = new char[BUFFER];
    private long position;

    EditedCopy(Reader source, Writer target) {
        this.source = source;
        this.target = target;
    }

    /**
     * Applies {@code edit} when the text at its offset is its original; else copies that text unchanged
     * and returns false. Edits that start before the current position (overlaps, repeats) are not applied.
     */
    boolean apply(TextEdit edit) throws IOException {
        if (edit.offset() < position) {
            return false;
        }
        copyTo(edit.offset());
        char[] found = new char[edit.original().length()];
        int read = readFully(found);
        position += read;
        String text = new String(found, 0, read);
        boolean matches = text.equals(edit.original());
        target.write(matches ? edit.replacement() : text);
        return matches;
    }

    /** Copies the rest of the text. */
    void finish() throws IOException {
        copyTo(Long.MAX_VALUE);
    }

    private void copyTo(long offset) throws IOException {
        while (position < offset) {
            int n = source.read(buffer, 0, (int) Math.min(buffer.length, offset - position));
            if (n < 0) {
                return;
            }
            target.write(buffer, 0, n);
            position += n;
        }
    }

    private int readFully(char[] into) throws IOException {
        int total = 0;
        while (total < into.length) {
            int n = source.read(into, total, into.length - total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }
}
