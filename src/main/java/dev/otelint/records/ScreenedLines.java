package dev.otelint.records;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The NDJSON lines a {@link DocumentScreen} passes, found ahead of the reader: the complete lines in
 * the read buffer are cut into chunks of a few lines, which the reader's thread and the helper's (when
 * there is one) take in turn until none is left, so that neither waits long for the other; each passed
 * line is taken, without a tree, when the reader gets to it. Lines the screen does
 * not pass are left to the reader's full path. A file whose lines mostly fail the screen stops
 * being screened, so that bad files are not read twice over.
 */
final class ScreenedLines {

    /** A line the screen passed: where it starts and ends in the buffer, its document's column and signal. */
    private record Passed(int start, int newline, int column, Signal signal) {}

    private static final int MIN_AHEAD = 1 << 17;
    /** Bytes per chunk: a few lines, so that the thread finishing first waits for one chunk at most. */
    private static final int CHUNK = 1 << 13;
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
        int[] bounds = helper == null ? new int[] {from, end} : chunkBounds(buf, from, end);
        int chunks = bounds.length - 1;
        List<List<Passed>> found = new ArrayList<>(chunks);
        for (int i = 0; i < chunks; i++) {
            found.add(new ArrayList<>());
        }
        int[] lastLineEnd = new int[1];
        AtomicInteger nextChunk = new AtomicInteger();
        Callable<Void> screenChunks = () -> {
            for (int i = nextChunk.getAndIncrement(); i < chunks; i = nextChunk.getAndIncrement()) {
                boolean last = i == chunks - 1;
                int to = screenRange(buf, bounds[i], bounds[i + 1], last && inputEnds, expected, found.get(i));
                if (last) {
                    lastLineEnd[0] = to;
                }
            }
            return null;
        };
        FutureTask<Void> helped = new FutureTask<>(screenChunks);
        if (chunks > 1) {
            helper.execute(helped);
        }
        call(screenChunks);
        helped.run(); // nothing left to do when the helper has taken it; otherwise it ends at once
        result(helped); // the last chunk the helper took, and what it saw before (happens-before)
        screenedTo = lastLineEnd[0];
        for (List<Passed> chunk : found) {
            passed.addAll(chunk);
        }
    }

    /** Line starts cutting {@code from..end} into chunks of about {@link #CHUNK} bytes, with both ends. */
    private static int[] chunkBounds(byte[] buf, int from, int end) {
        int[] bounds = new int[(end - from) / CHUNK + 2];
        int count = 0;
        bounds[count++] = from;
        for (int at = from + CHUNK; at < end; at += CHUNK) {
            int start = lineAfter(buf, at, end);
            if (start > bounds[count - 1] && start < end) {
                bounds[count++] = start;
            }
        }
        bounds[count++] = end;
        return Arrays.copyOf(bounds, count);
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

    private static void call(Callable<Void> task) throws IOException {
        try {
            task.call();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e); // the task throws nothing else
        }
    }

    private static <T> T result(FutureTask<T> task) throws IOException {
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
