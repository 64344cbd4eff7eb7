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
 * without positions: nothing is reported from here. What the screens make of each member path is kept
 * ({@link MemberPaths}), so that the mapping and the registry are asked once per path, not per record.
 * Gives up ({@link NotClean}) on keys that are empty, dotted or repeated in their object, and on objects
 * with very many keys.
 */
final class ScreenWalk {

    private static final JsonValue NULL = JsonValue.nullValue(0, 0);
    private static final JsonValue TRUE = JsonValue.bool(true, 0, 0);
    private static final JsonValue FALSE = JsonValue.bool(false, 0, 0);
    private static final JsonValue[] SMALL_INTEGERS = smallIntegers();
    /**
     * Fields taking every string up to this many chars (text, keywords without ignore_above) take a string
     * unread: documents are shorter. Those with a lower limit (ignore_above 256) have the length read.
     */
    private static final int UNREAD_STRINGS = 8192;
    private static final List<String> DATA_STREAM_TYPE = DocumentClues.DATA_STREAM_TYPE_PATH;

    private final JsonParser parser;
    private final MappingScreen mapping;
    private final SemconvScreen semconv;
    private final DocumentClues clues;
    /** The document's root among the paths the screens have met, for the mapping screened against. */
    private final MemberPaths.Path document;
    /** The keys of the objects being walked, outer objects first: to find a key repeated in its object. */
    private String[] names = new String[32];
    private int nameCount;

    ScreenWalk(JsonParser parser, MappingScreen mapping, SemconvScreen semconv, DocumentClues clues,
               MemberPaths.Path document) {
        this.parser = parser;
        this.mapping = mapping;
        this.semconv = semconv;
        this.clues = clues;
        this.document = document;
    }

    /** Walks the document, whose START_OBJECT is the current token, through its END_OBJECT. */
    void walk() throws IOException {
        ObjectMapping root = null;
        if (mapping != null) {
            root = mapping.root();
            mapping.enterDocument();
        }
        long seen = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = memberName(0);
            JsonToken token = parser.nextToken();
            MemberPaths.Path path = member(document, nameCount - 1, name, root, null);
            seen = requireNew(path, seen, 0);
            // the clues read a top-level value only to tell null and for a few names: others stay unbuilt
            JsonValue scalar = token == JsonToken.VALUE_NULL ? NULL
                    : token.isScalarValue() && DocumentClues.readsValueOf(name) ? scalar(token) : null;
            clues.member(name, scalar);
            value(token, root, path, scalar);
        }
    }

    /**
     * The path of member {@code name} at {@code position} of an object at {@code parent}, mapped as
     * {@code object} and whose members the rules see at {@code members}: known, or worked out now.
     */
    private MemberPaths.Path member(MemberPaths.Path parent, int position, String name, ObjectMapping object,
                                    Spot members) {
        MemberPaths.Path known = parent.member(name, position);
        if (known != null) {
            return known;
        }
        if (name.isEmpty() || name.indexOf('.') >= 0) {
            throw NotClean.INSTANCE; // the full walk splits dotted keys
        }
        boolean atRoot = parent == document;
        Mapper mapped = object == null ? null : mapping.lookup(object, name, atRoot);
        Spot spot = semconv == null ? null : atRoot ? semconv.top(name)
                : members == null ? null : semconv.member(members, name);
        int step = atRoot ? 0 : parent.dataStream;
        boolean onPath = step >= 0 && step < DATA_STREAM_TYPE.size() && name.equals(DATA_STREAM_TYPE.get(step));
        int stringsUpTo = mapped == null ? -1 : mapping.longestStringTaken(mapped);
        return parent.add(name, mapped, stringsUpTo, spot, onPath ? step + 1 : -1);
    }

    /** One value, at {@code path} of an object mapped as {@code parent} (when mappings are checked). */
    private void value(JsonToken token, ObjectMapping parent, MemberPaths.Path path, JsonValue scalar)
            throws IOException {
        switch (token) {
            case START_OBJECT -> object(path);
            case START_ARRAY -> array(parent, path);
            default -> leaf(token, parent, path, scalar);
        }
    }

    private void object(MemberPaths.Path path) throws IOException {
        ObjectMapping object = mapping == null ? null : mapping.enterObject(path.mapped);
        Spot members = path.spot == null ? null : semconv.objectValue(path.spot);
        int first = nameCount;
        long seen = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = memberName(first);
            JsonToken token = parser.nextToken();
            MemberPaths.Path child = member(path, nameCount - first - 1, name, object, members);
            seen = requireNew(child, seen, first);
            value(token, object, child, null);
        }
        nameCount = first;
        if (mapping != null) {
            mapping.exitObject();
        }
    }

    // DocumentParser.parseNonDynamicArray: each element is a value of the field
    private void array(ObjectMapping parent, MemberPaths.Path path) throws IOException {
        Mapper found = path.mapped;
        if (mapping != null) {
            mapping.enterArray(found);
        }
        List<JsonValue> elements = path.spot != null && semconv.readsArray(path.spot) ? new ArrayList<>() : null;
        MemberPaths.Path element = path.elements(); // the same field, where the rules look at the array whole
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token.isScalarValue()) {
                JsonValue value = elements == null ? null : scalar(token);
                leaf(token, parent, element, value);
                if (elements != null) {
                    elements.add(value);
                }
            } else if (elements != null) {
                throw NotClean.INSTANCE; // an attribute value holding objects or arrays is reported
            } else {
                value(token, parent, element, null);
            }
        }
        if (mapping != null) {
            mapping.exitArray();
        }
        if (elements != null) {
            semconv.leafValue(path.spot, JsonValue.array(elements, 0, 0));
        }
    }

    /** A scalar value; {@code scalar} is the value when already built, else it is built only if needed. */
    private void leaf(JsonToken token, ObjectMapping parent, MemberPaths.Path path, JsonValue scalar)
            throws IOException {
        Spot spot = path.spot;
        int dataStream = path.dataStream;
        JsonValue value = scalar;
        if (mapping != null) {
            Mapper found = path.mapped;
            // most strings go to string-like fields, which need only their length: no String is built
            boolean byLength = value == null && token == JsonToken.VALUE_STRING && takesString(path);
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

    /** Whether the field at {@code path} takes the current string by its length, read only when needed. */
    private boolean takesString(MemberPaths.Path path) throws IOException {
        if (path.stringsUpTo >= UNREAD_STRINGS) {
            // the parser skips the string without decoding it; the document's length bounds it at the end
            mapping.deferLength(path.stringsUpTo);
            return true;
        }
        return mapping.stringOfLength(path.mapped, parser.getTextLength());
    }

    private JsonValue scalar(JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> JsonValue.string(parser.getText(), 0, 0);
            case VALUE_NUMBER_INT -> integer();
            case VALUE_NUMBER_FLOAT -> JsonValue.number(parser.getText(), false, 0, 0);
            case VALUE_TRUE -> TRUE;
            case VALUE_FALSE -> FALSE;
            case VALUE_NULL -> NULL;
            default -> throw new IllegalStateException("not a scalar: " + token);
        };
    }

    /** An integer literal: small ones (status codes, severities) are shared, larger ones built. */
    private JsonValue integer() throws IOException {
        int length = parser.getTextLength();
        if (length <= 3) {
            int value = parser.getIntValue();
            // only the literal a shared value spells: no sign ("-0"), no leading zero
            if (value >= 0 && length == digits(value)) {
                return SMALL_INTEGERS[value];
            }
        }
        return JsonValue.number(parser.getText(), true, 0, 0);
    }

    private static int digits(int value) {
        return value < 10 ? 1 : value < 100 ? 2 : 3;
    }

    private static JsonValue[] smallIntegers() {
        JsonValue[] values = new JsonValue[1000];
        for (int i = 0; i < values.length; i++) {
            values[i] = JsonValue.number(Integer.toString(i), true, 0, 0);
        }
        return values;
    }

    /** The current key, recorded among the keys of its object, which starts at {@code first}. */
    private String memberName(int first) throws IOException {
        String name = parser.currentName();
        if (nameCount - first >= DuplicateKeys.SMALL) {
            throw NotClean.INSTANCE;
        }
        if (nameCount == names.length) {
            names = Arrays.copyOf(names, nameCount * 2);
        }
        names[nameCount++] = name;
        return name;
    }

    /**
     * Gives up when the member just recorded at {@code path} repeats an earlier key of its object. {@code seen}
     * holds a bit per kept path's index met in the object so far (equal names share their kept path); once a
     * path is not kept, its top bit is set and keys are compared by name instead. Returns it updated.
     */
    private long requireNew(MemberPaths.Path path, long seen, int first) {
        int index = path.index;
        if (index >= 0 && seen >= 0) {
            long bit = 1L << index;
            if ((seen & bit) != 0) {
                throw NotClean.INSTANCE;
            }
            return seen | bit;
        }
        String name = names[nameCount - 1];
        int hash = name.hashCode();
        for (int i = first; i < nameCount - 1; i++) {
            String earlier = names[i];
            if (earlier == name || earlier.hashCode() == hash && earlier.equals(name)) {
                throw NotClean.INSTANCE;
            }
        }
        return seen | Long.MIN_VALUE;
    }
}
