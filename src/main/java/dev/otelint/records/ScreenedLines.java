package dev.otelint.records;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;

/**
 * The NDJSON lines a {@link DocumentScreen} passes, found ahead of the reader: the complete lines in
 * the read buffer are screened in two halves, the second on the helper's thread when there is one,
 * and each passed line is taken, without a tree, when the reader gets to it. Lines the screen does
 * not pass are left to the reader's full path. A file whose lines mostly fail the screen stops
 * being screened, so that bad files are not read twice over.
 */
final class ScreenedLines {

    /** A line the screen passed: where it starts and ends in the buffer, its document's column and signal. */
    private record Passed(int start, int newline, int column, Signal signal) {}

    private static final int MIN_AHEAD = 1 << 15;
    private static final int TRIAL_LINES = 1000;

    private final DocumentScreen screen;
    private final DocumentRecords documents;
    private final LineReader lines;
    private final Executor helper;
    private final ArrayDeque<Passed> passed = new ArrayDeque<>();
    /** The buffer fill the offsets belong to, and the end of the range screened in it. */
    private int fill = -1;
    private int screenedTo;
    private long attempts;
    private long taken;

    /** @param helper runs the second half of each range (null: all on the reader's thread) */
    ScreenedLines(DocumentScreen screen, DocumentRecords documents, LineReader lines, Executor helper) {
        this.screen = screen;
        this.documents = documents;
        this.lines = lines;
        this.helper = helper;
    }

    /**
     * Takes the next line if the screen passed it: adds its record to {@code out} and returns true.
     *
     * @param expected   the signal of the previous record, the screen's guess for the next ones
     * @param lineOffset lines of the file before the line reader's first line
     */
    boolean takeNext(Signal expected, int lineOffset, Deque<Record> out) throws IOException {
        if (attempts >= TRIAL_LINES && taken * 10 < attempts) {
            return false;
        }
        attempts++;
        if (fill != lines.fills() || lines.nextStart() >= screenedTo) {
            screenAhead(expected);
        }
        int start = lines.nextStart();
        while (!passed.isEmpty() && passed.peek().start() < start) {
            passed.poll();
        }
        Passed line = passed.peek();
        if (line == null || line.start() != start) {
            return false;
        }
        passed.poll();
        taken++;
        lines.takeLine(line.newline());
        int number = (int) (lines.lineNumber() + lineOffset);
        documents.addClean(line.signal(), number, number, line.column(), out);
        return true;
    }

    private void screenAhead(Signal expected) throws IOException {
        lines.fillAhead(MIN_AHEAD);
        passed.clear();
        fill = lines.fills();
        byte[] buf = lines.buffer();
        int from = lines.nextStart();
        int end = lines.bufferedEnd();
        boolean inputEnds = lines.atEndOfInput();
        int split = helper == null ? end : lineAfter(buf, from + (end - from) / 2, end);
        if (split == end) {
            screenedTo = screenRange(buf, from, end, inputEnds, expected, passed);
            return;
        }
        List<Passed> second = new ArrayList<>();
        FutureTask<Integer> secondHalf = new FutureTask<>(() -> screenRange(buf, split, end, inputEnds, expected, second));
        helper.execute(secondHalf);
        screenRange(buf, from, split, false, expected, passed);
        secondHalf.run(); // does nothing when the helper has taken it
        screenedTo = result(secondHalf);
        passed.addAll(second);
    }

    /**
     * Screens the lines from {@code from} (a line start) to {@code to}, adding those passed to {@code out};
     * returns where the first line not complete before {@code to} starts.
     */
    private int screenRange(byte[] buf, int from, int to, boolean inputEnds, Signal expected, Collection<Passed> out)
            throws IOException {
        // the signal of the line before, also of lines not passed (e.g. the first, before its mapping was known)
        Signal[] signal = {expected};
        int start = from;
        while (start < to) {
            Passed line = screenLine(buf, start, to, inputEnds, signal);
            int next;
            if (line != null) {
                out.add(line);
                next = line.newline() + 1;
            } else {
                int newline = indexOf(buf, '\n', start, to);
                if (newline < 0 && !inputEnds) {
                    break;
                }
                next = newline < 0 ? to : newline + 1;
            }
            start = Math.min(next, to);
        }
        return start;
    }

    /**
     * The line at {@code start} if the screen passes it as a document on a line of its own, else null.
     * {@code signal} holds the signal expected, and gets the one guessed for this line when there is one.
     */
    private Passed screenLine(byte[] buf, int start, int to, boolean inputEnds, Signal[] signal) throws IOException {
        int first = NdjsonRecordReader.skipBlanks(buf, start, to);
        if (first == to || buf[first] != '{') {
            return null;
        }
        try (JsonParser parser = JsonTreeReader.factory().createParser(buf, start, to - start)) {
            parser.nextToken();
            DocumentClues clues = documents.newClues();
            boolean clean = screen.isClean(parser, signal[0], clues);
            if (clues.signal() != null) {
                signal[0] = clues.signal();
            }
            if (!clean || clues.isOtlpRequest()) {
                return null;
            }
            JsonLocation after = parser.currentLocation();
            if (after.getLineNr() != 1) {
                return null; // the value spans lines (or \r breaks one): not one NDJSON line
            }
            int newline = NdjsonRecordReader.lineEnd(buf, start + (int) after.getByteOffset(), to, inputEnds);
            return newline < 0 ? null : new Passed(start, newline, first - start + 1, clues.signal());
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Where the line after the one holding {@code at} starts, or {@code end}. */
    private static int lineAfter(byte[] buf, int at, int end) {
        int newline = indexOf(buf, '\n', at, end);
        return newline < 0 ? end : newline + 1;
    }

    private static int indexOf(byte[] buf, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static int result(FutureTask<Integer> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while screening lines");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) cause;
        }
    }
}
