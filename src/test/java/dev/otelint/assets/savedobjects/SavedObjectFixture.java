package dev.otelint.assets.savedobjects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.otelint.report.Finding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Builds saved-object NDJSON lines the way Dashboards exports them, JSON-string attributes encoded. */
final class SavedObjectFixture {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ObjectNode root = JSON.createObjectNode();
    private final ObjectNode attributes = root.putObject("attributes");

    private SavedObjectFixture(String type, String id, String title) {
        root.put("type", type).put("id", id);
        root.putArray("references");
        if (title != null) {
            attributes.put("title", title);
        }
    }

    static SavedObjectFixture object(String type, String id, String title) {
        return new SavedObjectFixture(type, id, title);
    }

    /** A plain attribute given as JSON text, e.g. {@code attr("columns", "[\"a\"]")}. */
    SavedObjectFixture attr(String name, String json) {
        attributes.set(name, parse(json));
        return this;
    }

    /** An attribute Dashboards stores as a JSON string; {@code text} is stored as is (it may be invalid). */
    SavedObjectFixture string(String name, String text) {
        attributes.put(name, text);
        return this;
    }

    SavedObjectFixture searchSource(String json) {
        attributes.putObject("kibanaSavedObjectMeta").put("searchSourceJSON", json);
        return this;
    }

    SavedObjectFixture ref(String name, String type, String id) {
        root.withArray("references").addObject().put("name", name).put("type", type).put("id", id);
        return this;
    }

    String line() {
        return root.toString();
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    /** Reads the lines as one file "assets.ndjson" into a bundle, findings into {@code findings}. */
    static SavedObjectBundle bundle(List<Finding> findings, String... lines) {
        SavedObjectBundle bundle = new SavedObjectBundle();
        try {
            new SavedObjectReader(findings::add).read("assets.ndjson",
                    new BufferedReader(new StringReader(String.join("\n", lines))), bundle);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundle;
    }

    static SavedObjectBundle bundle(String... lines) {
        List<Finding> findings = new ArrayList<>();
        SavedObjectBundle bundle = bundle(findings, lines);
        if (!findings.isEmpty()) {
            throw new AssertionError("unexpected findings: " + findings);
        }
        return bundle;
    }
}
