package dev.otelint.migrate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.otelint.assets.query.HjsonDocument;
import dev.otelint.assets.query.HjsonParser;
import dev.otelint.assets.query.HjsonSpan;
import dev.otelint.assets.query.QuerySyntaxException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Finds where a field reference's name is written in an asset's text, following its path through
 * JSON, through JSON held in JSON strings (visState, searchSourceJSON, ...; each level escaped inside
 * the one around it) and through HJSON (Vega specs). Offsets are mapped back level by level, so the
 * span found is where the name's characters are written in the file, escapes included.
 */
final class JsonLocator {
    private static final JsonFactory JSON = new JsonFactory();

    /** A container being read: its path, and the path of its current member or the index of its next element. */
    private static final class Frame {
        final String path;
        final boolean array;
        String member;
        int index;

        Frame(String path, boolean array) {
            this.path = path;
            this.array = array;
        }
    }

    private final NameTarget target;

    JsonLocator(NameTarget target) {
        this.target = target;
    }

    /** The span of the target in JSON {@code text}, whose root value is at {@code rootPath}; null if not found. */
    NameTarget.Span inJson(String text, String rootPath, IntUnaryOperator toFile) throws IOException {
        Deque<Frame> frames = new ArrayDeque<>();
        try (JsonParser p = JSON.createParser(text)) {
            for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
                if (token == JsonToken.FIELD_NAME) {
                    Frame frame = frames.element();
                    frame.member = NameTarget.member(frame.path, p.currentName());
                    NameTarget.Span key = frame.member.equals(target.path())
                            ? target.in(EscapedText.jsonString(text, offset(p)), toFile) : null;
                    if (key != null) {
                        return key;
                    }
                    if (!target.leadsTo(frame.member)) {
                        p.nextToken();
                        p.skipChildren();
                    }
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    frames.pop();
                    continue;
                }
                String path = frames.isEmpty() ? rootPath : next(frames.element());
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    if (target.leadsTo(path)) {
                        frames.push(new Frame(path, token == JsonToken.START_ARRAY));
                    } else {
                        p.skipChildren();
                    }
                } else if (token == JsonToken.VALUE_STRING && target.leadsTo(path)) {
                    NameTarget.Span found = inString(EscapedText.jsonString(text, offset(p)), path, toFile);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    /** The string at {@code path} holds the name, or is a JSON or HJSON document that holds it deeper. */
    private NameTarget.Span inString(EscapedText string, String path, IntUnaryOperator toFile) throws IOException {
        if (path.equals(target.path())) {
            return target.in(string, toFile);
        }
        IntUnaryOperator inner = i -> toFile.applyAsInt(string.writtenAt(i));
        try {
            return inJson(string.decoded(), path, inner);
        } catch (JsonProcessingException e) {
            return inHjson(string.decoded(), path, inner);
        }
    }

    /** HJSON (Vega specs): member names and string values, written quoteless or quoted without escapes. */
    private NameTarget.Span inHjson(String text, String rootPath, IntUnaryOperator toFile) {
        HjsonDocument document;
        try {
            document = HjsonParser.parseDocument(text);
        } catch (QuerySyntaxException e) {
            return null; // the extraction reported it; the name is then not found
        }
        return inHjson(document, text, document.root(), rootPath, JsonPointer.empty(), toFile);
    }

    private NameTarget.Span inHjson(HjsonDocument document, String text, JsonNode node, String path,
                                    JsonPointer pointer, IntUnaryOperator toFile) {
        if (path.equals(target.path())) {
            NameTarget.Span key = document.keySpan(pointer).map(s -> inHjsonToken(text, s, toFile)).orElse(null);
            if (key != null || !node.isTextual()) {
                return key;
            }
            return document.valueSpan(pointer).map(s -> inHjsonToken(text, s, toFile)).orElse(null);
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                String memberPath = NameTarget.member(path, member.getKey());
                if (target.leadsTo(memberPath)) {
                    NameTarget.Span found = inHjson(document, text, member.getValue(), memberPath,
                            pointer.appendProperty(member.getKey()), toFile);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            String elementPath = NameTarget.element(path, i);
            if (target.leadsTo(elementPath)) {
                NameTarget.Span found = inHjson(document, text, node.get(i), elementPath, pointer.appendIndex(i),
                        toFile);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** An HJSON key or string token: quoted ones count only without escapes, so text and value agree. */
    private NameTarget.Span inHjsonToken(String text, HjsonSpan span, IntUnaryOperator toFile) {
        char first = text.charAt(span.offset());
        boolean quoted = first == '"' || first == '\'';
        int start = quoted ? span.offset() + 1 : span.offset();
        int end = quoted ? span.end() - 1 : span.end();
        if (end < start || text.substring(start, end).indexOf('\\') >= 0) {
            return null;
        }
        return target.in(EscapedText.plain(text, start, end), toFile);
    }

    private static String next(Frame frame) {
        return frame.array ? NameTarget.element(frame.path, frame.index++) : frame.member;
    }

    private static int offset(JsonParser parser) {
        return (int) parser.currentTokenLocation().getCharOffset();
    }
}
