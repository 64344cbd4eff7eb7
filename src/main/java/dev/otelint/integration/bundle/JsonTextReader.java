package dev.otelint.integration.bundle;

import dev.otelint.integration.JsonFileScan;
import dev.otelint.integration.NdjsonLines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The JSON text of a scanned JSON or NDJSON file, read as a stream: the file, its kept prefix, or its lines as an array. */
final class JsonTextReader {

    private JsonTextReader() {}

    static Reader open(Path file, JsonFileScan scan) throws IOException {
        return switch (scan.shape()) {
            case ONE_VALUE -> scan.cutOffset() < 0 ? Files.newBufferedReader(file, StandardCharsets.UTF_8)
                    : keptPrefix(file, scan.cutOffset());
            case NDJSON -> new LinesAsArray(Files.newBufferedReader(file, StandardCharsets.UTF_8), scan.kept());
            case NEITHER -> throw new IllegalArgumentException(file + " is neither JSON nor NDJSON");
        };
    }

    /** The bytes up to {@code cut} (just after a kept element, always on a character boundary), then the closing ']'. */
    private static Reader keptPrefix(Path file, long cut) throws IOException {
        InputStream prefix = new LimitedInputStream(Files.newInputStream(file), cut);
        InputStream closed = new SequenceInputStream(prefix, new ByteArrayInputStream(new byte[] {']'}));
        return new InputStreamReader(closed, StandardCharsets.UTF_8);
    }

    /** "[" + the first {@code keep} non-blank lines joined by "," + "]", each line as it is in the file. */
    private static final class LinesAsArray extends Reader {
        private final Reader source;
        private final NdjsonLines lines;
        private final long keep;
        private String chunk = "[";
        private int position;
        private long emitted;
        private boolean closed;

        LinesAsArray(Reader source, long keep) {
            this.source = source;
            this.lines = new NdjsonLines(source);
            this.keep = keep;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            while (position == chunk.length()) {
                if (closed) {
                    return -1;
                }
                String line = emitted < keep ? lines.next() : null;
                chunk = line == null ? "]" : (emitted > 0 ? "," : "") + line;
                closed = line == null;
                emitted++;
                position = 0;
            }
            int n = Math.min(length, chunk.length() - position);
            chunk.getChars(position, position + n, buffer, offset);
            position += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }

    /** At most {@code limit} bytes of {@code in}. */
    private static final class LimitedInputStream extends java.io.FilterInputStream {
        private long left;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            left -= b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, left));
            left -= Math.max(n, 0);
            return n;
        }
    }
}
