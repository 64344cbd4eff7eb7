package dev.otelint.validate.mapping;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.otelint.records.JsonValue;
import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a template or mapping file into a positioned {@link JsonValue} tree. Like OpenSearch's
 * XContent JSON parser it allows comments and rejects duplicate keys.
 */
public final class SchemaJson {

    private static final JsonFactory STRICT = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build()
            .configure(JsonParser.Feature.ALLOW_COMMENTS, true);
    private static final JsonFactory KEEP_DUPLICATES = new JsonFactory()
            .configure(JsonParser.Feature.ALLOW_COMMENTS, true);

    private final String file;
    private final JsonParser parser;

    private SchemaJson(String file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    /** Parses one JSON document; {@code file} names it in error messages. */
    public static JsonValue parse(String file, String text) {
        return parse(file, text, true);
    }

    /** Parses one JSON document, keeping duplicate keys unless {@code rejectDuplicates}. */
    public static JsonValue parse(String file, String text, boolean rejectDuplicates) {
        try (JsonParser parser = (rejectDuplicates ? STRICT : KEEP_DUPLICATES).createParser(text)) {
            SchemaJson reader = new SchemaJson(file, parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw BadInputException.at(file, 1, 1, "the file is empty, expected a JSON object");
            }
            JsonValue value = reader.read(first);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                throw reader.error(parser.currentTokenLocation(), "unexpected content after the JSON document");
            }
            return value;
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            throw BadInputException.at(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private JsonValue read(JsonToken token) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        switch (token) {
            case START_OBJECT:
                return readObject(line, column);
            case START_ARRAY:
                return readArray(line, column);
            case VALUE_STRING:
                return JsonValue.string(parser.getText(), line, column);
            case VALUE_NUMBER_INT:
                return JsonValue.number(parser.getText(), true, line, column);
            case VALUE_NUMBER_FLOAT:
                return JsonValue.number(parser.getText(), false, line, column);
            case VALUE_TRUE:
                return JsonValue.bool(true, line, column);
            case VALUE_FALSE:
                return JsonValue.bool(false, line, column);
            case VALUE_NULL:
                return JsonValue.nullValue(line, column);
            default:
                throw error(at, "unexpected JSON token " + token);
        }
    }

    private JsonValue readObject(int line, int column) throws IOException {
        List<JsonValue.Member> members = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            JsonLocation nameAt = parser.currentTokenLocation();
            String name = parser.currentName();
            JsonValue value = read(parser.nextToken());
            members.add(new JsonValue.Member(name, value, nameAt.getLineNr(), nameAt.getColumnNr()));
        }
        if (token != JsonToken.END_OBJECT) {
            throw error(parser.currentTokenLocation(), "unterminated object");
        }
        return JsonValue.object(members, line, column);
    }

    private JsonValue readArray(int line, int column) throws IOException {
        List<JsonValue> elements = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw error(parser.currentTokenLocation(), "unterminated array");
            }
            elements.add(read(token));
        }
        return JsonValue.array(elements, line, column);
    }

    private BadInputException error(JsonLocation at, String what) {
        return BadInputException.at(file, at.getLineNr(), at.getColumnNr(), what);
    }
}
