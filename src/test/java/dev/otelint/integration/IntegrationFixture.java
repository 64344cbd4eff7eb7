package dev.otelint.integration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small clean integration written to disk, which tests break one way each: one index template, one
 * saved-object bundle, one sample record, a logo.
 */
final class IntegrationFixture {
    static final String CONFIG = """
            {
              "name": "demo",
              "version": "1.0.0",
              "license": "Apache-2.0",
              "type": "logs",
              "workflows": [{"name": "dashboards", "label": "Dashboards", "description": "d", "enabled_by_default": true}],
              "statics": {"logo": {"path": "logo.svg"}},
              "components": [{"name": "logs", "version": "1.0.0"}],
              "assets": [{"name": "demo", "version": "1.0.0", "extension": "ndjson", "type": "savedObjectBundle",
                          "workflows": ["dashboards"]}],
              "sampleData": {"path": "sample.json"}
            }
            """;
    static final String MAPPING = """
            {"index_patterns": ["ss4o_logs-*"], "template": {"mappings": {"properties": {
              "@timestamp": {"type": "date"}, "body": {"type": "text"}}}}}
            """;
    static final String ASSET = """
            {"type":"index-pattern","id":"p1","attributes":{"title":"ss4o_logs-*","timeFieldName":"@timestamp"},"references":[]}
            """;
    static final String SAMPLE = """
            [{"@timestamp": "2024-01-01T00:00:00Z", "body": "hello"}]
            """;

    private final Path dir;

    private IntegrationFixture(Path dir) {
        this.dir = dir;
    }

    /** A clean integration {@code parent/name}, its config named after it. */
    static IntegrationFixture clean(Path parent, String name) {
        IntegrationFixture fixture = new IntegrationFixture(parent.resolve(name));
        fixture.write(name + "-1.0.0.json", CONFIG.replace("\"demo\"", "\"" + name + "\""));
        fixture.write("schemas/logs-1.0.0.mapping.json", MAPPING);
        fixture.write("assets/" + name + "-1.0.0.ndjson", ASSET);
        fixture.write("data/sample.json", SAMPLE);
        fixture.write("static/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        return fixture;
    }

    static IntegrationFixture clean(Path parent) {
        return clean(parent, "demo");
    }

    Path dir() { return dir; }

    Path configFile() { return dir.resolve(dir.getFileName() + "-1.0.0.json"); }

    /** Replaces {@code from} by {@code to} in the config text; the text must contain it. */
    IntegrationFixture editConfig(String from, String to) {
        String text = read(configFile());
        if (!text.contains(from)) {
            throw new IllegalArgumentException("config has no " + from);
        }
        write(configFile(), text.replace(from, to));
        return this;
    }

    IntegrationFixture write(String relative, String text) {
        return write(dir.resolve(relative), text);
    }

    IntegrationFixture move(String from, String to) {
        try {
            Files.move(dir.resolve(from), dir.resolve(to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    IntegrationFixture delete(String relative) {
        try {
            Files.delete(dir.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private IntegrationFixture write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
