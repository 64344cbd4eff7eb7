package dev.otelint.records;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding them, so that each NDJSON line can go to the
 * JSON parser as a byte slice. A line ends at '\n'; a '\r' before it is dropped. One line can be
 * marked to come back to it after looking ahead.
 */
final class LineReader {
    private final InputStream in;
    private byte[] buf = new byte[1 << 18];
    private int limit;          // end of the valid bytes in buf
    private int next;           // where the next line starts
    private int lineStart;
    private int lineEnd;
    private long lineNumber;
    private int mark = -1;
    private long markLineNumber;
    private boolean eof;
    private int fills;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line; false at the end of the input. */
    boolean next() throws IOException {
        int scanned = 0; // bytes after `next` known to hold no newline
        while (true) {
            int newline = indexOfNewline(next + scanned);
            if (newline >= 0) {
                setLine(next, newline, newline + 1);
                return true;
            }
            if (eof) {
                if (next == limit) {
                    return false;
                }
                setLine(next, limit, limit);
                return true;
            }
            scanned = limit - next;
            fill();
        }
    }

    /**
     * Where the next line starts in {@link #buffer}; the bytes up to {@link #bufferedEnd} are read,
     * so a caller may look at the next line before {@link #next} has searched for its end.
     */
    int nextStart() { return next; }
    int bufferedEnd() { return limit; }
    /** True when the bytes up to {@link #bufferedEnd} are all the input has left. */
    boolean atEndOfInput() { return eof; }

    /**
     * Moves to the next line whose end the caller found: {@code newline} is the index of its '\n',
     * or {@link #bufferedEnd} for a last line without one at the {@link #atEndOfInput end of the input}.
     */
    void takeLine(int newline) {
        setLine(next, newline, newline < limit ? newline + 1 : limit);
    }

    /**
     * Reads ahead until at least {@code min} bytes from the next line's start on are buffered, the
     * buffer is full or the input ends. Offsets into {@link #buffer} taken before are void when
     * {@link #fills} changed.
     */
    void fillAhead(int min) throws IOException {
        while (!eof && limit - next < min && (next > 0 || limit < buf.length)) {
            fill();
        }
    }

    /** How often the buffer was refilled (and its content moved). */
    int fills() { return fills; }

    byte[] buffer() { return buf; }
    int start() { return lineStart; }
    int length() { return lineEnd - lineStart; }
    /** 1-based number of the current line, counted from the start of this reader's input. */
    long lineNumber() { return lineNumber; }

    /** True when the current line holds only spaces and tabs. */
    boolean isBlank() {
        for (int i = lineStart; i < lineEnd; i++) {
            if (buf[i] != ' ' && buf[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Remembers the current line; {@link #reset} makes it the next line again. */
    void mark() {
        mark = lineStart;
        markLineNumber = lineNumber;
    }

    void reset() {
        next = mark;
        lineNumber = markLineNumber - 1;
        mark = -1;
    }

    /** The input from the start of the next line on; this reader must not be used afterwards. */
    InputStream remaining() {
        return new SequenceInputStream(new ByteArrayInputStream(buf, next, limit - next), in);
    }

    private void setLine(int start, int newline, int nextStart) {
        int end = newline;
        if (end > start && buf[end - 1] == '\r') {
            end--;
        }
        lineStart = start;
        lineEnd = end;
        next = nextStart;
        lineNumber++;
    }

    private int indexOfNewline(int from) {
        for (int i = from; i < limit; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Moves the bytes still needed to the front (growing the buffer for a long line) and reads more. */
    private void fill() throws IOException {
        fills++;
        int keep = mark >= 0 ? Math.min(mark, next) : next;
        int kept = limit - keep;
        if (keep > 0) {
            System.arraycopy(buf, keep, buf, 0, kept);
        } else if (kept == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        next -= keep;
        lineStart -= keep;
        lineEnd -= keep;
        if (mark >= 0) {
            mark -= keep;
        }
        limit = kept;
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }
}
