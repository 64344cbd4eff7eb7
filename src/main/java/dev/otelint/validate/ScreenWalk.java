package dev.otelint.validate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.otelint.records.DocumentClues;
import dev.otelint.records.JsonValue;
import dev.otelint.validate.SemconvScreen.Spot;
import dev.otelint.validate.mapping.Mapper;
import dev.otelint.validate.mapping.ObjectMapping;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Walks one document's tokens once for a {@link CleanDocumentScreen}, handing each value to the mapping
 * and semantic-convention screens (either may be null) with where it sits for them. Values are built
 * without positions: nothing is reported from here. Gives up ({@link NotClean}) on keys that are empty,
 * dotted or repeated in their object, and on objects with very many keys.
 */
final class ScreenWalk {

    private static final JsonValue NULL = JsonValue.nullValue(0, 0);
    private static final JsonValue TRUE = JsonValue.bool(true, 0, 0);
    private static final JsonValue FALSE = JsonValue.bool(false, 0, 0);
    private static final List<String> DATA_STREAM_TYPE = DocumentClues.DATA_STREAM_TYPE_PATH;

    private final JsonParser parser;
    private final MappingScreen mapping;
    private final SemconvScreen semconv;
    private final DocumentClues clues;
    private final PlainNames plainNames;
    /** The keys of the objects being walked, outer objects first: to find a key repeated in its object. */
    private String[] names = new String[32];
    private int nameCount;

    ScreenWalk(JsonParser parser, MappingScreen mapping, SemconvScreen semconv, DocumentClues clues,
               PlainNames plainNames) {
        this.parser = parser;
        this.plainNames = plainNames;
        this.mapping = mapping;
        this.semconv = semconv;
        this.clues = clues;
    }

    /** Walks the document, whose START_OBJECT is the current token, through its END_OBJECT. */
    void walk() throws IOException {
        ObjectMapping root = null;
        if (mapping != null) {
            root = mapping.root();
            mapping.enterDocument();
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = memberName(0);
            JsonToken token = parser.nextToken();
            Mapper found = mapping == null ? null : mapping.lookup(root, name, true);
            Spot spot = semconv == null ? null : semconv.top(name);
            JsonValue scalar = token.isScalarValue() ? scalar(token) : null;
            clues.member(name, scalar);
            int dataStream = name.equals(DATA_STREAM_TYPE.get(0)) ? 1 : -1;
            value(token, root, found, spot, scalar, dataStream);
        }
    }

    /**
     * One value, of a field mapped as {@code found} (when mappings are checked) in {@code parent}.
     *
     * @param scalar     the value, when it is a scalar already built
     * @param dataStream how many steps of {@link DocumentClues#DATA_STREAM_TYPE_PATH} lead here, or -1
     */
    private void value(JsonToken token, ObjectMapping parent, Mapper found, Spot spot, JsonValue scalar,
                       int dataStream) throws IOException {
        switch (token) {
            case START_OBJECT -> object(found, spot, dataStream);
            case START_ARRAY -> array(parent, found, spot);
            default -> leaf(token, parent, found, spot, scalar, dataStream);
        }
    }

    private void object(Mapper found, Spot spot, int dataStream) throws IOException {
        ObjectMapping object = mapping == null ? null : mapping.enterObject(found);
        Spot members = spot == null ? null : semconv.objectValue(spot);
        int first = nameCount;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = memberName(first);
            JsonToken token = parser.nextToken();
            Mapper child = object == null ? null : mapping.lookup(object, name, false);
            Spot childSpot = members == null ? null : semconv.member(members, name);
            boolean onPath = dataStream > 0 && dataStream < DATA_STREAM_TYPE.size()
                    && name.equals(DATA_STREAM_TYPE.get(dataStream));
            value(token, object, child, childSpot, null, onPath ? dataStream + 1 : -1);
        }
        nameCount = first;
        if (mapping != null) {
            mapping.exitObject();
        }
    }

    // DocumentParser.parseNonDynamicArray: each element is a value of the field
    private void array(ObjectMapping parent, Mapper found, Spot spot) throws IOException {
        if (mapping != null) {
            mapping.enterArray(found);
        }
        List<JsonValue> elements = spot != null && semconv.readsArray(spot) ? new ArrayList<>() : null;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token.isScalarValue()) {
                JsonValue element = elements == null ? null : scalar(token);
                leaf(token, parent, found, null, element, -1);
                if (elements != null) {
                    elements.add(element);
                }
            } else if (elements != null) {
                throw NotClean.INSTANCE; // an attribute value holding objects or arrays is reported
            } else {
                value(token, parent, found, null, null, -1);
            }
        }
        if (mapping != null) {
            mapping.exitArray();
        }
        if (elements != null) {
            semconv.leafValue(spot, JsonValue.array(elements, 0, 0));
        }
    }

    /** A scalar value; {@code scalar} is the value when already built, else it is built only if needed. */
    private void leaf(JsonToken token, ObjectMapping parent, Mapper found, Spot spot, JsonValue scalar,
                      int dataStream) throws IOException {
        JsonValue value = scalar;
        if (mapping != null) {
            // most strings go to string-like fields, which need only their length: no String is built
            boolean byLength = value == null && token == JsonToken.VALUE_STRING
                    && mapping.stringOfLength(found, parser.getTextLength());
            if (!byLength) {
                value = value != null ? value : scalar(token);
                if (value.isNull()) {
                    mapping.nullValue(parent, found, value);
                } else {
                    mapping.scalarValue(found, value);
                }
            }
        }
        if (spot != null || dataStream == DATA_STREAM_TYPE.size()) {
            value = value != null ? value : scalar(token);
            if (spot != null) {
                semconv.leafValue(spot, value);
            }
            if (dataStream == DATA_STREAM_TYPE.size() && value.isString()) {
                clues.dataStreamType(value.text());
            }
        }
    }

    private JsonValue scalar(JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> JsonValue.string(parser.getText(), 0, 0);
            case VALUE_NUMBER_INT -> JsonValue.number(parser.getText(), true, 0, 0);
            case VALUE_NUMBER_FLOAT -> JsonValue.number(parser.getText(), false, 0, 0);
            case VALUE_TRUE -> TRUE;
            case VALUE_FALSE -> FALSE;
            case VALUE_NULL -> NULL;
            default -> throw new IllegalStateException("not a scalar: " + token);
        };
    }

    /** The current key, checked against the keys of its object from {@code first} on. */
    private String memberName(int first) throws IOException {
        String name = parser.currentName();
        if (!plainNames.isPlain(name) || nameCount - first >= DuplicateKeys.SMALL) {
            throw NotClean.INSTANCE;
        }
        int hash = name.hashCode();
        for (int i = first; i < nameCount; i++) {
            String earlier = names[i];
            // names are interned by the parser: equal names are mostly the same String
            if (earlier == name || earlier.hashCode() == hash && earlier.equals(name)) {
                throw NotClean.INSTANCE;
            }
        }
        if (nameCount == names.length) {
            names = Arrays.copyOf(names, nameCount * 2);
        }
        names[nameCount++] = name;
        return name;
    }
}
