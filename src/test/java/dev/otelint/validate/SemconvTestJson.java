package dev.otelint.validate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.otelint.records.JsonValue;
import dev.otelint.records.Record;
import dev.otelint.records.Signal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Positioned documents for tests, parsed from JSON text (lines and columns 1-based, as the readers give them). */
final class SemconvTestJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private SemconvTestJson() {}

    static Record record(Signal signal, String json) {
        return new Record("test.json", 7, 1, 1, signal, parse(json));
    }

    static JsonValue parse(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            p.nextToken();
            return value(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonValue value(JsonParser p) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        return switch (p.currentToken()) {
            case START_OBJECT -> {
                List<JsonValue.Member> members = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation key = p.currentTokenLocation();
                    String name = p.currentName();
                    p.nextToken();
                    members.add(new JsonValue.Member(name, value(p), key.getLineNr(), key.getColumnNr()));
                }
                yield JsonValue.object(members, line, column);
            }
            case START_ARRAY -> {
                List<JsonValue> elements = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(value(p));
                }
                yield JsonValue.array(elements, line, column);
            }
            case VALUE_STRING -> JsonValue.string(p.getText(), line, column);
            case VALUE_NUMBER_INT -> JsonValue.number(p.getText(), true, line, column);
            case VALUE_NUMBER_FLOAT -> JsonValue.number(p.getText(), false, line, column);
            case VALUE_TRUE -> JsonValue.bool(true, line, column);
            case VALUE_FALSE -> JsonValue.bool(false, line, column);
            default -> JsonValue.nullValue(line, column);
        };
    }
}
