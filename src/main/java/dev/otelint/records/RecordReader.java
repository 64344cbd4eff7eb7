package dev.otelint.records;

import java.io.Closeable;
import java.io.IOException;

/**
 * Streams the records of one input, one at a time, so memory stays flat in file size.
 * Malformed records are reported as findings to the sink given at open time and skipped.
 */
public interface RecordReader extends Closeable {

    /** The next record, or null at the end of the input. */
    Record next() throws IOException;
}
