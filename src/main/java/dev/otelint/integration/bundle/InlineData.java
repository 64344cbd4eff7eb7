package dev.otelint.integration.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.otelint.integration.JsonFileScan;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The {@code data} member the template gives one entry of the config, in the encoding Dashboards' IntegrationReader
 * decodes for a config-localized reader: JSON text it parses with JSON.parse (components, json and ndjson assets,
 * sample data), or base64 it decodes to bytes (statics and the other assets, such as sql queries).
 */
sealed interface InlineData permits InlineData.Base64File, InlineData.JsonFileText, InlineData.ConvertedJson {

    /** Writes the member's string value; streams files instead of reading them whole. */
    void write(JsonGenerator out) throws IOException;

    /** The file's bytes, base64 (RFC 4648, padded, no line breaks: Node's Buffer.from(data, 'base64') reads it). */
    record Base64File(Path file) implements InlineData {
        @Override
        public void write(JsonGenerator out) throws IOException {
            try (var in = java.nio.file.Files.newInputStream(file)) {
                out.writeBinary(in, -1);
            }
        }
    }

    /**
     * A file that is JSON or NDJSON, as JSON text: the file itself when it is one JSON value, an array of its
     * lines when it is NDJSON; either keeps only the records {@code scan} keeps.
     */
    record JsonFileText(Path file, JsonFileScan scan) implements InlineData {
        @Override
        public void write(JsonGenerator out) throws IOException {
            try (var text = JsonTextReader.open(file, scan)) {
                out.writeString(text, -1);
            }
        }
    }

    /** A JSON5 file, which JSON.parse would refuse, as the JSON of its value (comments and formatting lost). */
    record ConvertedJson(String json) implements InlineData {
        @Override
        public void write(JsonGenerator out) throws IOException {
            out.writeString(json);
        }
    }
}
