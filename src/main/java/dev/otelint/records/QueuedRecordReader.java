package dev.otelint.records;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A reader that reads its input one document at a time; a document may make several records
 * (an OTLP request), which wait in a queue. Input errors other than malformed JSON end the run
 * as bad input, naming the file.
 */
abstract class QueuedRecordReader implements RecordReader {
    protected final String file;
    private final Closeable input;
    private final Deque<Record> pending = new ArrayDeque<>();
    private boolean ended;

    QueuedRecordReader(String file, Closeable input) {
        this.file = file;
        this.input = input;
    }

    @Override
    public final Record next() {
        while (pending.isEmpty() && !ended) {
            try {
                ended = !readDocument(pending);
            } catch (IOException e) {
                throw RecordReaders.cannotRead(file, e);
            }
        }
        return pending.poll();
    }

    /** Reads the next document and adds its records to {@code out}; false at the end of the input. */
    protected abstract boolean readDocument(Deque<Record> out) throws IOException;

    @Override
    public void close() throws IOException {
        input.close();
    }
}
