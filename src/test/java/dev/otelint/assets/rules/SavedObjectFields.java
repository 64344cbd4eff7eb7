package dev.otelint.assets.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.otelint.assets.FieldReference;
import dev.otelint.assets.query.FieldRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds field references from the plain JSON places of a saved-object export (index-pattern fields and
 * time field, visualization aggs), enough to exercise the rules on real assets. The full extraction
 * (queries, TSVB, Vega, ...) lives in the asset extraction, not here.
 */
final class SavedObjectFields {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> patternTitles = new HashMap<>();
    private final Map<String, String> searchPatterns = new HashMap<>();
    private final List<FieldReference> references = new ArrayList<>();

    static List<FieldReference> references(Path ndjson) throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        for (String line : Files.readAllLines(ndjson)) {
            JsonNode object = JSON.readTree(line);
            if (object.has("type")) {
                objects.add(object);
            }
        }
        SavedObjectFields reader = new SavedObjectFields();
        objects.forEach(reader::indexPatterns);
        objects.forEach(reader::searches);
        for (int i = 0; i < objects.size(); i++) {
            reader.fields(ndjson.toString(), i + 1, objects.get(i));
        }
        return reader.references;
    }

    private void indexPatterns(JsonNode object) {
        if (object.get("type").asText().equals("index-pattern")) {
            patternTitles.put(object.get("id").asText(), object.at("/attributes/title").asText());
        }
    }

    private void searches(JsonNode object) {
        if (object.get("type").asText().equals("search")) {
            searchPatterns.put(object.get("id").asText(), patternOf(object));
        }
    }

    private String patternOf(JsonNode object) {
        for (JsonNode ref : object.path("references")) {
            String id = ref.get("id").asText();
            String pattern = patternTitles.containsKey(id) ? patternTitles.get(id) : searchPatterns.get(id);
            if (pattern != null) {
                return pattern;
            }
        }
        return null;
    }

    private void fields(String file, int line, JsonNode object) throws IOException {
        String type = object.get("type").asText();
        String id = object.get("id").asText();
        JsonNode attributes = object.get("attributes");
        String title = attributes.path("title").asText();
        if (type.equals("index-pattern")) {
            JsonNode fields = JSON.readTree(attributes.get("fields").asText());
            for (int i = 0; i < fields.size(); i++) {
                references.add(new FieldReference(file, line, type, id, title, "fields[" + i + "].name",
                        fields.get(i).get("name").asText(), FieldRole.PROJECTION, fields.get(i).get("type").asText(),
                        title, "json"));
            }
            references.add(new FieldReference(file, line, type, id, title, "timeFieldName",
                    attributes.get("timeFieldName").asText(), FieldRole.TIME, FieldTypeRules.TIME_FIELD_FUNCTION,
                    title, "json"));
        } else if (type.equals("visualization")) {
            JsonNode aggs = JSON.readTree(attributes.get("visState").asText()).path("aggs");
            for (int i = 0; i < aggs.size(); i++) {
                JsonNode field = aggs.get(i).at("/params/field");
                if (field.isTextual()) {
                    references.add(new FieldReference(file, line, type, id, title, "visState.aggs[" + i
                            + "].params.field", field.asText(), FieldRole.AGGREGATION, aggs.get(i).get("type").asText(),
                            patternOf(object), "json"));
                }
            }
        }
    }
}
