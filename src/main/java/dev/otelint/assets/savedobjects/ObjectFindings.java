package dev.otelint.assets.savedobjects;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.otelint.assets.AssetRules;
import dev.otelint.report.Finding;
import dev.otelint.report.Rule;

/** Findings about a saved object: always with its file, line, type, id and title. */
final class ObjectFindings {

    private ObjectFindings() {}

    static Finding.Builder at(Rule rule, SavedObject object, String path) {
        return rule.finding().file(object.file()).at(object.line(), 0).path(path);
    }

    /** asset.json-string: the JSON string at {@code path} does not parse. */
    static Finding invalidJson(SavedObject object, String path, JsonProcessingException e) {
        return at(AssetRules.JSON_STRING, object, path)
                .message(describe(object) + ": " + path + " is not valid JSON: " + e.getOriginalMessage())
                .build();
    }

    /** "visualization 'Requests' (id abc)" */
    static String describe(SavedObject object) {
        String title = object.title() == null ? "" : " '" + object.title() + "'";
        return object.type() + title + " (id " + object.id() + ")";
    }
}
