package dev.otelint.integration;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How Dashboards reads a JSON file of an integration (fs_data_adaptor readFile): as one JSON value, else as NDJSON
 * (one JSON value per non-blank line, giving the array of the lines), else not at all. Streams the file: it
 * counts the records (the array's elements or the lines) and, for a cut at {@code keep} records, where the
 * kept part ends. Memory does not grow with the file.
 *
 * @param shape             how the file reads
 * @param records           array elements (ONE_VALUE holding an array) or lines (NDJSON); 0 otherwise
 * @param firstNonObject    1-based index of the first record that is not an object, 0 when all are
 * @param kept              how many records the cut keeps ({@code min(records, keep)})
 * @param cutOffset         ONE_VALUE array cut short: the byte just after the last kept element
 *                          (or after '[' when none is kept); -1 when nothing is cut
 * @param keptBytes         length in bytes of the JSON text that holds the kept records
 * @param rootIsArray       ONE_VALUE: whether the value is an array
 * @param error             NEITHER: why the file is not one JSON value (line, column and message)
 */
public record JsonFileScan(Shape shape, long records, long firstNonObject, long kept, long cutOffset, long keptBytes,
                    boolean rootIsArray, String error) {

    public enum Shape { ONE_VALUE, NDJSON, NEITHER }

    private static final JsonFactory JSON = JsonFactory.builder().build();

    public static JsonFileScan of(Path file, long keep) throws IOException {
        String oneValueError;
        try (InputStream in = Files.newInputStream(file)) {
            return oneValue(in, keep, Files.size(file));
        } catch (JsonProcessingException e) {
            oneValueError = place(e) + e.getOriginalMessage();
        }
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ndjson(new NdjsonLines(reader), keep);
        } catch (JsonProcessingException e) {
            return new JsonFileScan(Shape.NEITHER, 0, 0, 0, -1, 0, false, oneValueError);
        }
    }

    private static JsonFileScan oneValue(InputStream in, long keep, long size) throws IOException {
        try (JsonParser parser = JSON.createParser(in)) {
            JsonToken root = parser.nextToken();
            if (root == null) {
                throw new JsonParseException(parser, "no JSON value");
            }
            long records = 0;
            long firstNonObject = 0;
            long cut = -1;
            if (root == JsonToken.START_ARRAY) {
                if (keep == 0) {
                    cut = parser.currentLocation().getByteOffset();
                }
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    records++;
                    if (t != JsonToken.START_OBJECT && firstNonObject == 0) {
                        firstNonObject = records;
                    }
                    parser.skipChildren();
                    if (records == keep) {
                        cut = parser.currentLocation().getByteOffset();
                    }
                }
            } else {
                parser.skipChildren();
            }
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "more than one JSON value");
            }
            boolean cutShort = root == JsonToken.START_ARRAY && records > keep;
            return new JsonFileScan(Shape.ONE_VALUE, records, firstNonObject, Math.min(records, keep),
                    cutShort ? cut : -1, cutShort ? cut + 1 : size, root == JsonToken.START_ARRAY, null);
        }
    }

    private static JsonFileScan ndjson(NdjsonLines lines, long keep) throws IOException {
        long records = 0;
        long firstNonObject = 0;
        long keptBytes = 2; // the brackets of the array the lines become
        for (String line = lines.next(); line != null; line = lines.next()) {
            records++;
            if (!isObject(line) && firstNonObject == 0) {
                firstNonObject = records;
            }
            if (records <= keep) {
                keptBytes += line.getBytes(StandardCharsets.UTF_8).length + (records > 1 ? 1 : 0);
            }
        }
        return new JsonFileScan(Shape.NDJSON, records, firstNonObject, Math.min(records, keep), -1, keptBytes,
                true, null);
    }

    /** Whether one NDJSON line is an object; throws when it is not one JSON value. */
    private static boolean isObject(String line) throws IOException {
        try (JsonParser parser = JSON.createParser(line)) {
            JsonToken first = parser.nextToken();
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "more than one JSON value on the line");
            }
            return first == JsonToken.START_OBJECT;
        }
    }

    private static String place(JsonProcessingException e) {
        return e.getLocation() == null ? "" : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ": ";
    }
}
