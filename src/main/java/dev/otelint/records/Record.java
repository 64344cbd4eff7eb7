package dev.otelint.records;

import com.google.protobuf.Message;

/**
 * One document to validate: where it came from (file, 1-based record index, position of its
 * start) and, when known, its signal. For OTLP input the document is the Simple Schema
 * document an OpenSearch exporter would index, positioned at the source record. The document is
 * null when the reader's {@link DocumentScreen} found that checking it would find nothing.
 * When the reader was asked for whole requests ({@link ReadOptions#wholeRequests()}), an OTLP
 * export request is one record holding the decoded {@code request} and no document.
 */
public record Record(String file, long index, int line, int column, Signal signal, JsonValue document,
                     Message request) {

    public Record(String file, long index, int line, int column, Signal signal, JsonValue document) {
        this(file, index, line, column, signal, document, null);
    }
}
