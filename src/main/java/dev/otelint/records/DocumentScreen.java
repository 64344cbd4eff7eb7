package dev.otelint.records;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Tells from a document's tokens alone that checking it would find nothing, so that the reader can
 * skip building its positioned tree: nearly every record of a good file is such a document. A
 * document the screen does not pass is read again into a tree and checked in full, so a screen may
 * give up on anything it does not handle, but must never pass a document that would get a finding.
 */
public interface DocumentScreen {

    /**
     * Reads one JSON object, the parser's current token being its START_OBJECT, through its END_OBJECT.
     *
     * @param expected the signal guessed for the file's previous record (null: none or unknown), a hint
     *                 for which mapping to check against
     * @param clues    to be given every top-level member, and the string at
     *                 {@link DocumentClues#DATA_STREAM_TYPE_PATH} when there is one
     * @return true when the document certainly gets no finding; false (having read any part of it) otherwise
     */
    boolean isClean(JsonParser parser, Signal expected, DocumentClues clues) throws IOException;
}
