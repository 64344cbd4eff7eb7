package dev.otelint.validate.values;

import dev.otelint.records.JsonValue;
import dev.otelint.validate.mapping.SchemaJson;

/** Test helper: a JSON literal as a JsonValue. */
final class V {

    private V() {}

    static JsonValue json(String literal) {
        return SchemaJson.parse("value", literal, false);
    }
}
