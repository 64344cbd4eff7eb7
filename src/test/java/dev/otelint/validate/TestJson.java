package dev.otelint.validate;

import dev.otelint.records.JsonValue;
import dev.otelint.records.Record;
import dev.otelint.validate.mapping.SchemaJson;

/** Test helper: JSON text to a positioned JsonValue (duplicate keys kept), and records around it. */
final class TestJson {

    private TestJson() {}

    static JsonValue parse(String json) {
        return SchemaJson.parse("test.ndjson", json, false);
    }

    static Record record(String json) {
        return new Record("test.ndjson", 1, 1, 1, null, parse(json));
    }

    static Record record(String file, long index, String json) {
        return new Record(file, index, (int) index, 1, null, SchemaJson.parse(file, json, false));
    }
}
