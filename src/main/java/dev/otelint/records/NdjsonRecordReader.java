package dev.otelint.records;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.otelint.report.FindingSink;
import java.io.Closeable;
import java.io.IOException;
import java.util.Deque;

/**
 * Reads NDJSON: one document per line, blank lines skipped. A malformed line is reported and
 * reading goes on with the next line. A Simple Schema record's index is its line number.
 */
final class NdjsonRecordReader extends QueuedRecordReader {
    private final FindingSink sink;
    private final DocumentRecords documents;
    private final LineReader lines;
    private final int lineOffset;
    private final ScreenedLines screened;
    private Signal lastSignal;

    /**
     * @param lineOffset lines of the file before the line reader's first line
     * @param screened   the lines ahead that need no tree, or null
     */
    NdjsonRecordReader(String file, FindingSink sink, DocumentRecords documents, LineReader lines, int lineOffset,
                       Closeable input, ScreenedLines screened) {
        super(file, input);
        this.sink = sink;
        this.documents = documents;
        this.lines = lines;
        this.lineOffset = lineOffset;
        this.screened = screened;
    }

    @Override
    protected boolean readDocument(Deque<Record> out) throws IOException {
        boolean read = readNextDocument(out);
        if (!out.isEmpty()) {
            lastSignal = out.peekLast().signal();
        }
        return read;
    }

    private boolean readNextDocument(Deque<Record> out) throws IOException {
        while (true) {
            // after a blank or broken line too, the next line may be one the screen passed
            if (screened != null && screened.takeNext(lastSignal, lineOffset, out)) {
                return true;
            }
            JsonValue whole = parseWholeLine();
            if (whole != null) {
                documents.add(whole, lines.lineNumber() + lineOffset, out);
                return true;
            }
            if (!lines.next()) {
                return false;
            }
            if (lines.isBlank()) {
                continue;
            }
            long line = lines.lineNumber() + lineOffset;
            JsonValue document = parseLine(line);
            if (document != null) {
                documents.add(document, line, out);
                return true;
            }
        }
    }

    /**
     * The usual case without searching for the line's end first: parses the next line's document
     * straight from the buffer and takes the line if the document ends on it, followed by nothing
     * but blanks. Returns null, having consumed nothing, for anything else (a blank or malformed
     * line, a second value, a line not fully read yet), which {@link #parseLine} then handles.
     */
    private JsonValue parseWholeLine() throws IOException {
        byte[] buf = lines.buffer();
        int start = lines.nextStart();
        int end = lines.bufferedEnd();
        int first = skipBlanks(buf, start, end);
        if (first == end || buf[first] == '\n' || buf[first] == '\r') {
            return null;
        }
        int offset = (int) (lines.lineNumber() + lineOffset);
        try (JsonParser parser = JsonTreeReader.factory().createParser(buf, start, end - start)) {
            JsonValue document = new JsonTreeReader(parser, offset).readValue(parser.nextToken());
            int newline = endOfWholeLine(parser, start, end);
            if (newline < 0) {
                return null;
            }
            lines.takeLine(newline);
            return document;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * Where the line ends (see {@link #lineEnd}) when the value the parser just read is all of it,
     * else -1.
     */
    private int endOfWholeLine(JsonParser parser, int start, int end) {
        JsonLocation after = parser.currentLocation();
        if (after.getLineNr() != 1) {
            return -1; // the value spans lines (or \r breaks one): not one NDJSON line
        }
        return lineEnd(lines.buffer(), start + (int) after.getByteOffset(), end, lines.atEndOfInput());
    }

    /**
     * The index of the '\n' after {@code from} if only blanks come before it ({@code end} when the input
     * ends there), else -1.
     */
    static int lineEnd(byte[] buf, int from, int end, boolean inputEnds) {
        for (int i = from; i < end; i++) {
            byte b = buf[i];
            if (b == '\n') {
                return i;
            }
            if (b != ' ' && b != '\t' && b != '\r') {
                return -1;
            }
        }
        return inputEnds ? end : -1;
    }

    static int skipBlanks(byte[] buf, int from, int end) {
        int i = from;
        while (i < end && (buf[i] == ' ' || buf[i] == '\t')) {
            i++;
        }
        return i;
    }

    private JsonValue parseLine(long line) throws IOException {
        int offset = (int) line - 1;
        try (JsonParser parser = JsonTreeReader.factory().createParser(lines.buffer(), lines.start(), lines.length())) {
            JsonValue document = new JsonTreeReader(parser, offset).readValue(parser.nextToken());
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                sink.accept(JsonSyntaxFindings.of(file, line, at.getLineNr() + offset, at.getColumnNr(),
                        "a second JSON value on the line; NDJSON has one document per line"));
                return null;
            }
            return document;
        } catch (JsonProcessingException e) {
            sink.accept(JsonSyntaxFindings.of(file, line, e, offset));
            return null;
        }
    }
}
