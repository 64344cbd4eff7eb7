package dev.otelint.assets.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads HJSON (hjson.github.io), the format of OpenSearch Dashboards Vega specs, into a Jackson tree.
 * Plain JSON reads to the same tree Jackson's own parser builds. HJSON adds comments ({@code #},
 * {@code //}, block), unquoted member names, quoteless strings to the end of the line, optional and
 * trailing commas, single-quoted and ''' multiline strings, and a root object without braces.
 * As in hjson-js, a repeated member name keeps its last value.
 */
public final class HjsonParser {
    // Deeper nesting than any real spec; bounds the recursion so hostile input fails cleanly.
    private static final int MAX_DEPTH = 500;

    private final HjsonReader in;
    private final HjsonQuoteless quoteless;
    private final Map<String, HjsonSpan> valueSpans = new HashMap<>();
    private final Map<String, HjsonSpan> keySpans = new HashMap<>();
    private int depth;

    private HjsonParser(String text) {
        this.in = new HjsonReader(text);
        this.quoteless = new HjsonQuoteless(in);
    }

    /** The value tree of {@code text}. */
    public static JsonNode parse(String text) throws QuerySyntaxException {
        return parseDocument(text).root();
    }

    /** The value tree of {@code text} with where each key and value was written. */
    public static HjsonDocument parseDocument(String text) throws QuerySyntaxException {
        HjsonParser parser = new HjsonParser(text);
        JsonNode root = parser.root();
        return new HjsonDocument(root, parser.valueSpans, parser.keySpans);
    }

    // hjson-js rootValue: braces may be omitted around the root object; failing that, one bare value.
    private JsonNode root() throws QuerySyntaxException {
        in.skipBlank();
        char first = in.peek();
        if (first == '{' || first == '[' || in.atEnd()) {
            return finish(value(""));
        }
        int start = in.position();
        try {
            return finish(members(in.position(), "", false));
        } catch (QuerySyntaxException asObject) {
            in.moveTo(start);
            depth = 0;
            valueSpans.clear();
            keySpans.clear();
            try {
                return finish(value(""));
            } catch (QuerySyntaxException asValue) {
                throw asObject;
            }
        }
    }

    private JsonNode finish(JsonNode root) throws QuerySyntaxException {
        in.skipBlank();
        if (!in.atEnd()) {
            throw in.error("expected the end of the text after the root value but found " + in.found());
        }
        return root;
    }

    private JsonNode value(String pointer) throws QuerySyntaxException {
        in.skipBlank();
        int start = in.position();
        char first = in.peek();
        if (first != '{' && first != '[' && first != '"' && first != '\'') {
            JsonNode node = quoteless.value();
            valueSpans.put(pointer, quoteless.lastSpan());
            return node;
        }
        if (++depth > MAX_DEPTH) {
            throw in.error("values nested more than " + MAX_DEPTH + " levels deep");
        }
        JsonNode node = switch (first) {
            case '{' -> object(pointer);
            case '[' -> array(pointer);
            case '"' -> JsonNodeFactory.instance.textNode(in.quoted());
            default -> JsonNodeFactory.instance.textNode(in.atTripleQuote() ? in.multiline() : in.quoted());
        };
        depth--;
        valueSpans.put(pointer, new HjsonSpan(start, in.position() - start));
        return node;
    }

    private ObjectNode object(String pointer) throws QuerySyntaxException {
        int open = in.position();
        in.advance();
        ObjectNode object = members(open, pointer, true);
        in.advance();
        return object;
    }

    /** Members up to '}' (left unread) or, without braces, to the end of the text. */
    private ObjectNode members(int open, String pointer, boolean braced) throws QuerySyntaxException {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        in.skipBlank();
        while (!(braced && in.peek() == '}')) {
            if (in.atEnd()) {
                if (braced) {
                    throw in.error("expected '}' to close the object opened at offset " + open);
                }
                return object;
            }
            member(object, pointer);
            in.skipBlank();
            if (in.peek() == ',') {
                in.advance();
                in.skipBlank();
            }
        }
        return object;
    }

    private void member(ObjectNode object, String pointer) throws QuerySyntaxException {
        int keyStart = in.position();
        char c = in.peek();
        String key = c == '"' || c == '\'' ? in.quoted() : in.bareKey();
        HjsonSpan keySpan = new HjsonSpan(keyStart, in.position() - keyStart);
        in.skipBlank();
        if (in.peek() != ':') {
            throw in.error("expected ':' after member name '" + key + "' but found " + in.found());
        }
        in.advance();
        String child = pointer + "/" + escapePointer(key);
        keySpans.put(child, keySpan);
        object.set(key, value(child));
    }

    private ArrayNode array(String pointer) throws QuerySyntaxException {
        int open = in.position();
        in.advance();
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        in.skipBlank();
        while (in.peek() != ']') {
            if (in.atEnd()) {
                throw in.error("expected ']' to close the array opened at offset " + open);
            }
            array.add(value(pointer + "/" + array.size()));
            in.skipBlank();
            if (in.peek() == ',') {
                in.advance();
                in.skipBlank();
            }
        }
        in.advance();
        return array;
    }

    // RFC 6901: '~' is written '~0' and '/' is written '~1' in a pointer token.
    private static String escapePointer(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
