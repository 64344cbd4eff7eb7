package dev.otelint.assets.savedobjects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.otelint.report.FindingSink;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The attributes of one saved object that hold JSON as a string (visState, searchSourceJSON,
 * panelsJSON, ...), each parsed at most once and shared by the reference checks and the field
 * extraction. Dashboards parses them when it renders the object, so one that does not parse is
 * reported, once, as asset.json-string.
 */
public final class JsonStringAttributes {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Attributes that hold no index fields: only checked to parse. */
    private static final List<String> FIELDLESS = List.of("panelsJSON", "optionsJSON", "uiStateJSON");

    private final SavedObject object;
    private final FindingSink sink;
    private final Map<String, JsonNode> parsed = new HashMap<>();

    JsonStringAttributes(SavedObject object, FindingSink sink) {
        this.object = object;
        this.sink = sink;
    }

    /** Reports the fieldless JSON strings of every object in {@code bundle} that do not parse. */
    public static void check(SavedObjectBundle bundle, FindingSink sink) {
        for (SavedObject object : bundle.objects()) {
            new JsonStringAttributes(object, sink).checkFieldless();
        }
    }

    /** Parses the fieldless attributes, so that one that does not parse is reported. */
    void checkFieldless() {
        FIELDLESS.forEach(this::get);
    }

    /**
     * The JSON held as a string at {@code path} (dotted, under attributes: e.g.
     * "kibanaSavedObjectMeta.searchSourceJSON"), or the value itself when an export already holds it as
     * JSON; the missing node when absent, blank or unparsable (reported on first use).
     */
    JsonNode get(String path) {
        return parsed.computeIfAbsent(path, this::parse);
    }

    private JsonNode parse(String path) {
        JsonNode value = object.attributes();
        for (String key : path.split("\\.")) {
            value = value.path(key);
        }
        return parse(value, path);
    }

    /**
     * A JSON string nested in an already parsed value ({@code path} is where it sits, for the finding),
     * or the value itself when it is JSON already; the missing node when absent, blank or unparsable.
     */
    JsonNode parse(JsonNode value, String path) {
        if (!value.isTextual()) {
            return value.isContainerNode() ? value : MissingNode.getInstance();
        }
        if (value.textValue().isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode tree = JSON.readTree(value.textValue());
            return tree == null ? MissingNode.getInstance() : tree;
        } catch (JsonProcessingException e) {
            sink.accept(ObjectFindings.invalidJson(object, path, e));
            return MissingNode.getInstance();
        }
    }
}
