package dev.otelint.integration.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small but complete integration on disk: a JSON5 config with a comment, two JSON mappings, an ndjson saved-object bundle (blank line and export summary included), a sql query, a JSON5 json asset, an svg logo,
 * a binary gallery image holding every byte value, and NDJSON sample data.
 */
final class IntegrationFixture {
    static final String SAMPLE = """
            {"@timestamp":"2024-01-01T00:00:00Z","body":"GET / caf\u00e9"}
            {"@timestamp":"2024-01-01T00:00:01Z","body":"GET /x\\n"}\r
            """;
    static final String SAVED_OBJECTS = """
            {"type":"index-pattern","id":"p1","attributes":{"title":"logs-*","timeFieldName":"@timestamp"},"references":[]}

            {"type":"search","id":"s1","attributes":{"title":"Errors"},"references":[{"type":"index-pattern","id":"p1","name":"x"}]}
            {"exportedCount":2,"missingRefCount":0,"missingReferences":[]}
            """;
    static final String QUERY = "CREATE TABLE logs (body STRING);\n-- \u00e9t\u00e9\n";
    static final String LOGS_MAPPING = """
            {
              "template": {
                "mappings": {
                  "properties": {"body": {"type": "text"}, "@timestamp": {"type": "date"}}
                }
              }
            }
            """;
    static final String HTTP_MAPPING = "{\"template\":{\"mappings\":{\"properties\":{\"url\":{\"type\":\"keyword\"}}}}}";
    static final String NOTEBOOK_JSON5 = """
            // a JSON5 asset: JSON.parse would refuse it as it is
            {type: 'observability-notebook', id: 'n1', attributes: {title: 'Notes', size: 0x10, ratio: .5,},}
            """;

    private IntegrationFixture() {}

    /** Writes the integration {@code name} (config version {@code version}) under {@code parent}. */
    static Path write(Path parent, String name, String version) throws IOException {
        Path dir = parent.resolve(name);
        Files.createDirectories(dir.resolve("schemas"));
        Files.createDirectories(dir.resolve("assets"));
        Files.createDirectories(dir.resolve("static"));
        Files.createDirectories(dir.resolve("data"));
        write(dir.resolve(name + "-" + version + ".json"), """
                // %s, for the bundle tests
                {
                  name: '%s', version: '%s', type: 'logs', license: 'Apache-2.0',
                  statics: {logo: {annotation: 'Logo', path: 'logo.svg'}, gallery: [{path: 'shot.png'}]},
                  components: [{name: 'logs', version: '1.0.0'}, {name: 'http', version: '1.0.0'}],
                  assets: [
                    {name: '%s', version: '1.0.0', extension: 'ndjson', type: 'savedObjectBundle'},
                    {name: 'create_table', version: '1.0.0', extension: 'sql', type: 'query'},
                    {name: 'notes', version: '1.0.0', extension: 'json', type: 'savedObjectBundle'},
                  ],
                  sampleData: {path: 'sample.ndjson'},
                }
                """.formatted(name, name, version, name));
        write(dir.resolve("schemas/logs-1.0.0.mapping.json"), LOGS_MAPPING);
        write(dir.resolve("schemas/http-1.0.0.mapping.json"), HTTP_MAPPING);
        write(dir.resolve("assets/notes-1.0.0.json"), NOTEBOOK_JSON5);
        write(dir.resolve("assets/" + name + "-1.0.0.ndjson"), SAVED_OBJECTS);
        write(dir.resolve("assets/create_table-1.0.0.sql"), QUERY);
        write(dir.resolve("static/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        Files.write(dir.resolve("static/shot.png"), everyByte());
        write(dir.resolve("data/sample.ndjson"), SAMPLE);
        return dir;
    }

    static byte[] everyByte() {
        byte[] bytes = new byte[256 * 3 + 1]; // not a multiple of 3: base64 padding is exercised
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
