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

    /** @param lineOffset lines of the file before the line reader's first line */
    NdjsonRecordReader(String file, FindingSink sink, DocumentRecords documents, LineReader lines, int lineOffset,
                       Closeable input) {
        super(file, input);
        this.sink = sink;
        this.documents = documents;
        this.lines = lines;
        this.lineOffset = lineOffset;
    }

    @Override
    protected boolean readDocument(Deque<Record> out) throws IOException {
        while (lines.next()) {
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
        return false;
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
