package dev.otelint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;

/** Streaming JSON writing shared by the json and sarif formats and `otelint rules --format json`. */
final class JsonOutput {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET) // the caller owns the writer (often stdout)
            .build();

    private JsonOutput() {}

    static JsonGenerator open(Writer out) throws IOException {
        return FACTORY.createGenerator(out);
    }

    /** Writes the value, or null. */
    static void stringField(JsonGenerator gen, String name, String value) throws IOException {
        if (value == null) {
            gen.writeNullField(name);
        } else {
            gen.writeStringField(name, value);
        }
    }

    /** Writes a 1-based position, or null when it is 0 (unknown). */
    static void positionField(JsonGenerator gen, String name, long value) throws IOException {
        if (value > 0) {
            gen.writeNumberField(name, value);
        } else {
            gen.writeNullField(name);
        }
    }

    /** Writes the field only when the value is known. */
    static void optionalStringField(JsonGenerator gen, String name, String value) throws IOException {
        if (value != null) {
            gen.writeStringField(name, value);
        }
    }

    /** Ends the document with a newline so that terminals and line-based tools see a complete line. */
    static void finish(JsonGenerator gen, Writer out) throws IOException {
        gen.close(); // flushes and frees the generator's buffers; the writer stays open
        out.write('\n');
    }
}
