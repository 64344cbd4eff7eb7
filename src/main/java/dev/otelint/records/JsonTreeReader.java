package dev.otelint.records;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link JsonValue} trees from a streaming parser, recording where every value and member
 * name starts. This is the hot path of every run: it allocates the tree and nothing else per token
 * except one location per member name. Columns count UTF-8 bytes from the start of the line, as the
 * byte parser does: on lines with non-ASCII text they run ahead of character columns.
 */
public final class JsonTreeReader {

    // Field names are canonicalized and intern()ed (once per new name): a mapping whose keys are
    // interned too then finds each name by identity instead of comparing its characters.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();

    // ParserBase.getTokenColumnNr() adds 1 to an already 1-based column in Jackson 2.18;
    // measured once so that a Jackson fix cannot shift every column.
    private static final int TOKEN_COLUMN_CORRECTION = measureTokenColumnCorrection();

    private final JsonParser parser;
    private final ParserBase positions;
    private final int lineOffset;

    /**
     * @param lineOffset added to the parser's line numbers, for a parser that starts mid-file
     *                   (one NDJSON line, or a document after skipped blank lines)
     */
    public JsonTreeReader(JsonParser parser, int lineOffset) {
        this.parser = parser;
        this.positions = parser instanceof ParserBase base ? base : null;
        this.lineOffset = lineOffset;
    }

    /** The factory all readers share. */
    public static JsonFactory factory() {
        return FACTORY;
    }

    /** Parses one complete JSON text; for small inputs and tests. Columns count UTF-8 bytes, as for files. */
    public static JsonValue parse(String json) throws IOException {
        try (JsonParser p = FACTORY.createParser(json.getBytes(StandardCharsets.UTF_8))) {
            JsonValue value = new JsonTreeReader(p, 0).readValue(p.nextToken());
            if (p.nextToken() != null) {
                throw new IOException("unexpected content after the JSON value");
            }
            return value;
        }
    }

    /** Reads the value that starts at {@code token}, the parser's current token. */
    public JsonValue readValue(JsonToken token) throws IOException {
        if (token == null) {
            throw new IOException("expected a JSON value, found the end of the input");
        }
        int line = tokenLine();
        int column = tokenColumn();
        return switch (token) {
            case START_OBJECT -> readObject(line, column);
            case START_ARRAY -> readArray(line, column);
            case VALUE_STRING -> JsonValue.string(parser.getText(), line, column);
            case VALUE_NUMBER_INT -> JsonValue.number(parser.getText(), true, line, column);
            case VALUE_NUMBER_FLOAT -> JsonValue.number(parser.getText(), false, line, column);
            case VALUE_TRUE -> JsonValue.bool(true, line, column);
            case VALUE_FALSE -> JsonValue.bool(false, line, column);
            case VALUE_NULL -> JsonValue.nullValue(line, column);
            default -> throw new IOException("unexpected JSON token " + token);
        };
    }

    private JsonValue readObject(int line, int column) throws IOException {
        List<JsonValue.Member> members = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            // At FIELD_NAME the token location is the name's; the value's comes with the next token.
            JsonLocation nameAt = parser.currentTokenLocation();
            JsonValue value = readValue(parser.nextToken());
            members.add(new JsonValue.Member(name, value, nameAt.getLineNr() + lineOffset, nameAt.getColumnNr()));
        }
        return JsonValue.object(members, line, column);
    }

    private JsonValue readArray(int line, int column) throws IOException {
        List<JsonValue> elements = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            elements.add(readValue(token));
        }
        return JsonValue.array(elements, line, column);
    }

    private int tokenLine() {
        int line = positions != null ? positions.getTokenLineNr() : parser.currentTokenLocation().getLineNr();
        return line + lineOffset;
    }

    private int tokenColumn() {
        return positions != null
                ? positions.getTokenColumnNr() - TOKEN_COLUMN_CORRECTION
                : parser.currentTokenLocation().getColumnNr();
    }

    private static int measureTokenColumnCorrection() {
        try (JsonParser p = FACTORY.createParser(new byte[] {' ', '1'})) {
            p.nextToken();
            return p instanceof ParserBase base ? base.getTokenColumnNr() - p.currentTokenLocation().getColumnNr() : 0;
        } catch (IOException e) {
            throw new IllegalStateException("cannot parse a constant", e);
        }
    }
}
