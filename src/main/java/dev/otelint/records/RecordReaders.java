package dev.otelint.records;

import dev.otelint.report.BadInputException;
import dev.otelint.report.FindingSink;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.zip.GZIPInputStream;

/**
 * Opens record inputs. The layout is read from the content (JSON array, NDJSON, whole documents,
 * OTLP/JSON requests, gzip of any of them); only OTLP protobuf is known by its name (.pb, .binpb).
 */
public final class RecordReaders {
    private static final List<String> RECORD_SUFFIXES = List.of(".json", ".ndjson", ".jsonl", ".pb", ".binpb");
    private static final String GZIP_SUFFIX = ".gz";
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;
    private static final int BUFFER = 1 << 16;
    private static final SimpleSchemaEncoder ENCODER = new SimpleSchemaEncoder();

    private RecordReaders() {}

    /**
     * Opens one file. Malformed records become findings in {@code sink}; a file that cannot be read,
     * or protobuf without a signal, is a {@link BadInputException}. Records name the file as given;
     * their index is their 1-based position in the file, except that a Simple Schema document in
     * NDJSON is indexed by its line number.
     */
    public static RecordReader open(Path file, ReadOptions options, FindingSink sink) {
        return open(file, options, sink, null);
    }

    /** {@link #open}, with a helper that runs some of the reading work on another thread (may be null). */
    private static RecordReader open(Path file, ReadOptions options, FindingSink sink, Executor helper) {
        String name = file.toString();
        BufferedInputStream in = openStream(file);
        try {
            if (isProtobuf(file)) {
                if (options.signal() == null) {
                    in.close();
                    throw new BadInputException(name + ": OTLP protobuf does not say its signal; "
                            + "--signal logs, traces or metrics is required");
                }
                return ProtobufRecordReader.read(name, in, options.signal(), sink, ENCODER, options.wholeRequests());
            }
            return JsonInputs.open(name, in, sink, ENCODER, options.screen(), helper, options.wholeRequests());
        } catch (IOException e) {
            closeQuietly(in);
            throw cannotRead(name, e);
        }
    }

    /**
     * Like {@link #open}, but parses on a background thread, a few hundred records ahead of the
     * caller, so that parsing and checking run on two cores. Findings still reach {@code sink} on
     * the caller's thread, in file order.
     */
    public static RecordReader openInBackground(Path file, ReadOptions options, FindingSink sink) {
        return new BackgroundRecordReader(file.toString(), (buffered, helper) -> open(file, options, buffered, helper),
                sink);
    }

    /**
     * The files to read: files as given, and the record files found under directories (by suffix,
     * in sorted order, so runs are repeatable); the other files found there are noted to {@code sink}
     * as not checked. A path that does not exist is bad input.
     */
    public static List<Path> expand(List<Path> inputs, FindingSink sink) {
        return InputFiles.expand(inputs, RecordReaders::isRecordFile, file -> sink.accept(
                InputRules.NOT_CHECKED.finding().file(file.toString())
                        .message("not a record file (.json, .ndjson, .jsonl, .pb, .binpb, or gzipped); not read")
                        .build()));
    }

    static BadInputException cannotRead(String file, IOException e) {
        return InputFiles.cannotRead(file, e);
    }

    /** Whether a file is read as records (by its suffix, .gz aside). */
    public static boolean isRecordFile(Path file) {
        String name = baseName(file);
        return RECORD_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    private static boolean isProtobuf(Path file) {
        String name = baseName(file);
        return name.endsWith(".pb") || name.endsWith(".binpb");
    }

    /** The lowercase file name without a .gz suffix. */
    private static String baseName(Path file) {
        Path fileName = file.getFileName();
        String name = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
        return name.endsWith(GZIP_SUFFIX) ? name.substring(0, name.length() - GZIP_SUFFIX.length()) : name;
    }

    /** The file's bytes, gunzipped when they start with the gzip magic number. */
    private static BufferedInputStream openStream(Path file) {
        if (Files.isDirectory(file)) {
            throw new BadInputException(file + ": cannot read: is a directory");
        }
        InputStream raw = null;
        try {
            raw = Files.newInputStream(file);
            BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
            in.mark(2);
            boolean gzip = in.read() == GZIP_MAGIC_1 && in.read() == GZIP_MAGIC_2;
            in.reset();
            return gzip ? new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER) : in;
        } catch (IOException e) {
            closeQuietly(raw);
            throw cannotRead(file.toString(), e);
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the read error is what gets reported
            }
        }
    }
}
