package dev.otelint.assets.savedobjects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.otelint.assets.AssetRules;
import dev.otelint.report.BadInputException;
import dev.otelint.report.FindingSink;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a saved-object export (NDJSON: one object per line) into a bundle. Lines that are not saved
 * objects, a wrong trailing {@code exportedCount} and duplicate type+id are reported, never fatal.
 */
public final class SavedObjectReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FindingSink sink;

    public SavedObjectReader(FindingSink sink) {
        this.sink = sink;
    }

    /** Reads {@code file} into {@code bundle}; an unreadable file is bad input. */
    public void read(Path file, SavedObjectBundle bundle) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read(file.toString(), reader, bundle);
        } catch (IOException e) {
            throw BadInputException.at(file.toString(), 0, 0, "cannot read saved objects: " + e.getMessage());
        }
    }

    /** Reads NDJSON text named {@code fileName} into {@code bundle}. */
    public void read(String fileName, BufferedReader reader, SavedObjectBundle bundle) throws IOException {
        int objectsInFile = 0;
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = parseLine(fileName, lineNumber, line);
            if (node == null) {
                continue;
            }
            if (isExportSummary(node)) {
                checkExportedCount(fileName, lineNumber, node, objectsInFile);
                continue;
            }
            SavedObject object = toObject(fileName, lineNumber, node);
            if (object != null) {
                objectsInFile++;
                addChecked(bundle, object);
            }
        }
    }

    private JsonNode parseLine(String fileName, int lineNumber, String line) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node != null && node.isObject()) {
                return node;
            }
            report(fileName, lineNumber, "expected a JSON object on this line, found " + describe(node));
        } catch (JsonProcessingException e) {
            report(fileName, lineNumber, "expected a JSON object on this line: " + e.getOriginalMessage());
        }
        return null;
    }

    /** The summary line Dashboards appends to an export: {"exportedCount":N,"missingRefCount":...}. */
    private static boolean isExportSummary(JsonNode node) {
        return node.has("exportedCount") && !node.has("type");
    }

    private void checkExportedCount(String fileName, int lineNumber, JsonNode summary, int objectsInFile) {
        JsonNode count = summary.get("exportedCount");
        if (count.canConvertToInt() && count.intValue() == objectsInFile) {
            return;
        }
        sink.accept(AssetRules.EXPORTED_COUNT.finding().file(fileName).at(lineNumber, 0).path("exportedCount")
                .message("exportedCount says " + count + " but the file holds " + objectsInFile + " objects")
                .expected(Integer.toString(objectsInFile)).actual(count.toString()).build());
    }

    private SavedObject toObject(String fileName, int lineNumber, JsonNode node) {
        JsonNode type = node.get("type");
        JsonNode id = node.get("id");
        JsonNode attributes = node.get("attributes");
        if (type == null || !type.isTextual() || id == null || !id.isTextual()
                || attributes == null || !attributes.isObject()) {
            report(fileName, lineNumber, "expected a saved object with string \"type\" and \"id\" and an "
                    + "\"attributes\" object");
            return null;
        }
        JsonNode title = attributes.get("title");
        return new SavedObject(fileName, lineNumber, type.textValue(), id.textValue(),
                title != null && title.isTextual() ? title.textValue() : null, (ObjectNode) attributes,
                references(fileName, lineNumber, node.get("references")));
    }

    private List<SavedObjectReference> references(String fileName, int lineNumber, JsonNode array) {
        List<SavedObjectReference> references = new ArrayList<>();
        if (array == null) {
            return references;
        }
        if (!array.isArray()) {
            report(fileName, lineNumber, "expected \"references\" to be an array");
            return references;
        }
        for (JsonNode entry : array) {
            if (!entry.path("id").isTextual()) {
                report(fileName, lineNumber, "expected every references[] entry to have a string \"id\"");
                continue;
            }
            references.add(new SavedObjectReference(entry.path("name").asText(null),
                    entry.path("type").asText(null), entry.path("id").textValue()));
        }
        return references;
    }

    private void addChecked(SavedObjectBundle bundle, SavedObject object) {
        SavedObject first = bundle.find(object.type(), object.id()).orElse(null);
        if (bundle.add(object)) {
            return;
        }
        sink.accept(ObjectFindings.at(AssetRules.DUPLICATE_ID, object, "id")
                .message(ObjectFindings.describe(object) + " has the same type and id as the object at "
                        + first.file() + ":" + first.line())
                .build());
    }

    private void report(String fileName, int lineNumber, String message) {
        sink.accept(AssetRules.BAD_OBJECT.finding().file(fileName).at(lineNumber, 0).message(message).build());
    }

    private static String describe(JsonNode node) {
        return node == null ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
