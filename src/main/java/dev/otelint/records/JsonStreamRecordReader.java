package dev.otelint.records;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.otelint.report.FindingSink;
import java.io.IOException;
import java.util.Deque;

/**
 * Streams the documents of a JSON array, element by element, or of a file of whole JSON documents
 * (one pretty-printed document, or several one after another). A parser cannot find its footing
 * again after malformed JSON, so the first syntax error is reported and ends the file.
 */
final class JsonStreamRecordReader extends QueuedRecordReader {
    private final FindingSink sink;
    private final DocumentRecords documents;
    private final JsonParser parser;
    private final JsonTreeReader tree;
    private final int lineOffset;
    private final boolean array;
    private boolean started;

    /** @param array true for a JSON array of documents, false for documents at the top level */
    JsonStreamRecordReader(String file, FindingSink sink, DocumentRecords documents, JsonParser parser, int lineOffset,
                           boolean array) {
        super(file, parser);
        this.sink = sink;
        this.documents = documents;
        this.parser = parser;
        this.tree = new JsonTreeReader(parser, lineOffset);
        this.lineOffset = lineOffset;
        this.array = array;
    }

    @Override
    protected boolean readDocument(Deque<Record> out) throws IOException {
        try {
            if (array && !started) {
                parser.nextToken(); // the '[' the content was detected by
            }
            started = true;
            JsonToken token = parser.nextToken();
            if (token == null || array && token == JsonToken.END_ARRAY) {
                if (array) {
                    rejectContentAfterArray();
                }
                return false;
            }
            documents.add(tree.readValue(token), 0, out);
            return true;
        } catch (JsonProcessingException e) {
            sink.accept(JsonSyntaxFindings.of(file, documents.nextIndex(), e, lineOffset));
            return false;
        }
    }

    private void rejectContentAfterArray() throws IOException {
        if (parser.nextToken() != null) {
            JsonLocation at = parser.currentTokenLocation();
            sink.accept(JsonSyntaxFindings.of(file, documents.nextIndex(), at.getLineNr() + lineOffset,
                    at.getColumnNr(), "unexpected content after the closing ']' of the array of documents"));
        }
    }
}
