package dev.otelint.assets.savedobjects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.otelint.report.FindingSink;
import java.util.List;

/**
 * Saved-object attributes that hold JSON as a string but no index fields (panelsJSON, optionsJSON,
 * uiStateJSON): Dashboards parses them when it renders the object, so one that does not parse is a
 * finding. The attributes that do hold fields are reported by SavedObjectFields as it reads them.
 */
public final class JsonStringAttributes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDLESS = List.of("panelsJSON", "optionsJSON", "uiStateJSON");

    private JsonStringAttributes() {}

    public static void check(SavedObjectBundle bundle, FindingSink sink) {
        for (SavedObject object : bundle.objects()) {
            for (String name : FIELDLESS) {
                JsonNode value = object.attributes().path(name);
                if (value.isTextual() && !value.textValue().isBlank()) {
                    check(object, name, value.textValue(), sink);
                }
            }
        }
    }

    private static void check(SavedObject object, String path, String text, FindingSink sink) {
        try {
            JSON.readTree(text);
        } catch (JsonProcessingException e) {
            sink.accept(ObjectFindings.invalidJson(object, path, e));
        }
    }

    /** The JSON a string attribute holds, or the missing node when it is absent, not a string or invalid. */
    static JsonNode parseQuietly(JsonNode value) {
        if (!value.isTextual()) {
            return value.isContainerNode() ? value : MissingNode.getInstance();
        }
        try {
            JsonNode parsed = JSON.readTree(value.textValue());
            return parsed == null ? MissingNode.getInstance() : parsed;
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }
}
