package dev.otelint.records;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.otelint.report.FindingSink;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.concurrent.Executor;

/**
 * Tells the JSON layouts apart by content: a JSON array of documents ('[' first), NDJSON (the first
 * line is a value on its own), or whole documents (the first line opens a value it does not close).
 */
final class JsonInputs {
    private static final int[] UTF8_BOM = {0xEF, 0xBB, 0xBF};

    private enum LineShape { COMPLETE, INCOMPLETE, BROKEN }

    private JsonInputs() {}

    /**
     * @param screen passes NDJSON documents that need no tree, or null
     * @param helper runs part of the screening on another thread, or null
     * @param wholeRequests one record per OTLP export request, holding it, instead of its documents
     */
    static RecordReader open(String file, BufferedInputStream in, FindingSink sink, SimpleSchemaEncoder encoder,
                             DocumentScreen screen, Executor helper, boolean wholeRequests) throws IOException {
        DocumentRecords documents = new DocumentRecords(file, sink, encoder, wholeRequests);
        skipByteOrderMark(in);
        int blankLines = 0;
        int indent = 0;
        int first;
        while (true) {
            in.mark(1);
            first = in.read();
            if (first == '\n') {
                blankLines++;
                indent = 0;
            } else if (first == ' ' || first == '\t' || first == '\r') {
                indent++;
            } else {
                break;
            }
        }
        if (first < 0) {
            return new JsonStreamRecordReader(file, sink, documents, parser(in), blankLines, false);
        }
        in.reset();
        // Give the parser back the first line's indent so that its columns stay right.
        byte[] spaces = new byte[indent];
        Arrays.fill(spaces, (byte) ' ');
        InputStream content = new SequenceInputStream(new ByteArrayInputStream(spaces), in);
        if (first == '[') {
            return new JsonStreamRecordReader(file, sink, documents, parser(content), blankLines, true);
        }
        LineReader lines = new LineReader(content);
        lines.next();
        boolean ndjson = isOneDocumentPerLine(lines);
        lines.reset();
        if (ndjson) {
            ScreenedLines screened = screen == null ? null : new ScreenedLines(screen, documents, lines, helper);
            return new NdjsonRecordReader(file, sink, documents, lines, blankLines, in, screened);
        }
        return new JsonStreamRecordReader(file, sink, documents, parser(lines.remaining()), blankLines, false);
    }

    /**
     * True when the first line holds a value of its own (or is broken JSON, which only NDJSON can
     * recover from). A first line that leaves its value open starts a pretty-printed document,
     * unless the next line is a whole document: then the first line is a truncated NDJSON line.
     */
    private static boolean isOneDocumentPerLine(LineReader lines) throws IOException {
        lines.mark();
        if (shape(lines) != LineShape.INCOMPLETE) {
            return true;
        }
        while (lines.next()) {
            if (!lines.isBlank()) {
                return shape(lines) == LineShape.COMPLETE && lines.buffer()[firstNonBlank(lines)] == '{';
            }
        }
        return false;
    }

    private static LineShape shape(LineReader lines) throws IOException {
        try (JsonParser p = JsonTreeReader.factory().createParser(lines.buffer(), lines.start(), lines.length())) {
            p.nextToken();
            p.skipChildren();
            return p.nextToken() == null ? LineShape.COMPLETE : LineShape.BROKEN;
        } catch (JsonEOFException e) {
            return LineShape.INCOMPLETE;
        } catch (JsonProcessingException e) {
            // Jackson reports an end after a ',' in an object as a plain parse error, not a JsonEOFException.
            String message = e.getOriginalMessage();
            return message != null && message.startsWith("Unexpected end-of-input")
                    ? LineShape.INCOMPLETE : LineShape.BROKEN;
        }
    }

    private static int firstNonBlank(LineReader lines) {
        int i = lines.start();
        while (lines.buffer()[i] == ' ' || lines.buffer()[i] == '\t') {
            i++;
        }
        return i;
    }

    private static void skipByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(UTF8_BOM.length);
        for (int b : UTF8_BOM) {
            if (in.read() != b) {
                in.reset();
                return;
            }
        }
    }

    private static JsonParser parser(InputStream in) throws IOException {
        return JsonTreeReader.factory().createParser(in);
    }
}
