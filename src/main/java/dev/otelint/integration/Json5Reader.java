package dev.otelint.integration;

import dev.otelint.records.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses JSON5 (https://spec.json5.org), the format OpenSearch Dashboards reads integration files in, into
 * the positioned {@link JsonValue} tree the rest of otelint uses. JSON is JSON5, so JSON files read alike.
 * Lines and columns are 1-based; columns count UTF-16 characters.
 */
public final class Json5Reader {
    private final Json5Cursor in;

    private Json5Reader(String text, int firstLine) {
        this.in = new Json5Cursor(text, firstLine);
    }

    /** Parses one complete JSON5 text. */
    public static JsonValue parse(String text) throws Json5SyntaxException {
        return parse(text, 1);
    }

    /** Parses one complete JSON5 text whose first line is line {@code firstLine} of its file. */
    public static JsonValue parse(String text, int firstLine) throws Json5SyntaxException {
        Json5Reader reader = new Json5Reader(text, firstLine);
        reader.in.skipBlank();
        JsonValue value = reader.value();
        reader.in.skipBlank();
        if (!reader.in.atEnd()) {
            throw reader.in.error("expected the end of the input after the value, found '" + (char) reader.in.peek() + "'");
        }
        return value;
    }

    private JsonValue value() throws Json5SyntaxException {
        int c = in.peek();
        int line = in.line();
        int column = in.column();
        if (c == '{') {
            return object(line, column);
        }
        if (c == '[') {
            return array(line, column);
        }
        if (c == '"' || c == '\'') {
            return JsonValue.string(Json5Strings.quoted(in), line, column);
        }
        if (Json5Numbers.startsNumber(c)) {
            return Json5Numbers.number(in);
        }
        if (Json5Strings.startsIdentifier(c)) {
            return literal(line, column);
        }
        throw in.error(c == -1 ? "expected a value, found the end of the input"
                : "expected a value (object, array, string, number, true, false or null), found '" + (char) c + "'");
    }

    private JsonValue literal(int line, int column) throws Json5SyntaxException {
        String word = Json5Strings.identifier(in);
        return switch (word) {
            case "true" -> JsonValue.bool(true, line, column);
            case "false" -> JsonValue.bool(false, line, column);
            case "null" -> JsonValue.nullValue(line, column);
            default -> throw new Json5SyntaxException("expected a value (true, false, null, a string in quotes...), found "
                    + word, line, column);
        };
    }

    private JsonValue object(int line, int column) throws Json5SyntaxException {
        in.next();
        List<JsonValue.Member> members = new ArrayList<>();
        in.skipBlank();
        while (!in.consume('}')) {
            int nameLine = in.line();
            int nameColumn = in.column();
            String name = memberName();
            in.skipBlank();
            if (!in.consume(':')) {
                throw in.error("expected ':' after the member name \"" + name + "\"");
            }
            in.skipBlank();
            members.add(new JsonValue.Member(name, value(), nameLine, nameColumn));
            if (!separator('}', "object", line, column)) {
                break;
            }
        }
        return JsonValue.object(members, line, column);
    }

    private String memberName() throws Json5SyntaxException {
        int c = in.peek();
        if (c == '"' || c == '\'') {
            return Json5Strings.quoted(in);
        }
        if (Json5Strings.startsIdentifier(c)) {
            return Json5Strings.identifier(in);
        }
        throw in.error(c == -1 ? "unterminated object: expected a member name or '}'"
                : "expected a member name (quoted, or an identifier) or '}', found '" + (char) c + "'");
    }

    private JsonValue array(int line, int column) throws Json5SyntaxException {
        in.next();
        List<JsonValue> elements = new ArrayList<>();
        in.skipBlank();
        while (!in.consume(']')) {
            elements.add(value());
            if (!separator(']', "array", line, column)) {
                break;
            }
        }
        return JsonValue.array(elements, line, column);
    }

    /**
     * After a member or element: a comma (true: go on, a trailing comma is allowed) or the closing
     * character (false: done, consumed).
     */
    private boolean separator(char close, String what, int openLine, int openColumn) throws Json5SyntaxException {
        in.skipBlank();
        if (in.consume(',')) {
            in.skipBlank();
            return true;
        }
        if (in.consume(close)) {
            return false;
        }
        throw in.error(in.atEnd()
                ? "unterminated " + what + ": expected ',' or '" + close + "' for the " + what + " opened at line "
                        + openLine + ", column " + openColumn
                : "expected ',' or '" + close + "', found '" + (char) in.peek() + "'");
    }
}
