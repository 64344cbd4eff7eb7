package dev.otelint.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.records.JsonValue;
import org.junit.jupiter.api.Test;

/** One test per JSON5 feature (https://spec.json5.org), and the errors for what JSON5 does not allow. */
class Json5ReaderTest {

    private static JsonValue parse(String text) throws Json5SyntaxException {
        return Json5Reader.parse(text);
    }

    private static String json(String text) throws Json5SyntaxException {
        return parse(text).toJson();
    }

    @Test
    void plainJsonReadsAsJson() throws Exception {
        assertThat(json("{\"a\": [1, 2.5, \"x\", true, false, null], \"b\": {}}"))
                .isEqualTo("{\"a\":[1,2.5,\"x\",true,false,null],\"b\":{}}");
    }

    @Test
    void lineAndBlockCommentsAreWhiteSpace() throws Exception {
        assertThat(json("// head\n{ /* inline */ a: 1, // tail\n /* multi\n line */ b: 2 }")).isEqualTo("{\"a\":1,\"b\":2}");
    }

    @Test
    void trailingCommasInObjectsAndArrays() throws Exception {
        assertThat(json("{a: [1, 2,], b: 3,}")).isEqualTo("{\"a\":[1,2],\"b\":3}");
    }

    @Test
    void unquotedMemberNamesAreEcmaScriptIdentifierNames() throws Exception {
        assertThat(json("{$id: 1, _x9: 2, café: 3, \\u0061b: 4, while: 5}"))
                .isEqualTo("{\"$id\":1,\"_x9\":2,\"café\":3,\"ab\":4,\"while\":5}");
    }

    @Test
    void singleQuotedStringsAndNames() throws Exception {
        assertThat(json("{'a b': 'x', \"c\": 'y'}")).isEqualTo("{\"a b\":\"x\",\"c\":\"y\"}");
        assertThat(parse("'say \"hi\"'").text()).isEqualTo("say \"hi\"");
        assertThat(parse("'it\\'s'").text()).isEqualTo("it's");
    }

    @Test
    void stringEscapesOfEcmaScript() throws Exception {
        assertThat(parse("'\\x41\\u00e9\\v\\0\\q\\b\\f\\n\\r\\t\\/'").text()).isEqualTo("Aé\u000B\0q\b\f\n\r\t/");
    }

    @Test
    void escapedLineBreaksContinueTheString() throws Exception {
        assertThat(parse("'one \\\ntwo \\\r\nthree \\\u2028four'").text()).isEqualTo("one two three four");
    }

    @Test
    void separatorsMayStandUnescapedInStrings() throws Exception {
        assertThat(parse("\"a\u2028b\u2029c\"").text()).isEqualTo("a\u2028b\u2029c");
    }

    @Test
    void hexadecimalNumbersBecomeDecimal() throws Exception {
        assertThat(json("[0x1F, 0XaB, -0x10]")).isEqualTo("[31,171,-16]");
        assertThat(parse("0xFF").kind()).isEqualTo(JsonValue.Kind.INTEGER);
    }

    @Test
    void leadingAndTrailingDecimalPointsAndSigns() throws Exception {
        assertThat(json("[.5, 5., +1, -.5e2, +2E-1]")).isEqualTo("[0.5,5.0,1,-0.5e2,2E-1]");
        assertThat(parse("5.").kind()).isEqualTo(JsonValue.Kind.DECIMAL);
    }

    @Test
    void infinityAndNaN() throws Exception {
        assertThat(json("[Infinity, -Infinity, +Infinity, NaN, -NaN]"))
                .isEqualTo("[Infinity,-Infinity,Infinity,NaN,NaN]");
    }

    @Test
    void extraWhiteSpaceCharacters() throws Exception {
        assertThat(json("\uFEFF{\u000Ba:\u00A01,\f\u2003b:\u20282}")).isEqualTo("{\"a\":1,\"b\":2}");
    }

    @Test
    void positionsOfValuesAndMemberNames() throws Exception {
        JsonValue root = parse("// c\n{\n  name: 'x',\n  \"list\": [\n    1]\n}");
        assertThat(root.line()).isEqualTo(2);
        JsonValue.Member name = root.members().get(0);
        assertThat(name.line()).isEqualTo(3);
        assertThat(name.column()).isEqualTo(3);
        assertThat(name.value().column()).isEqualTo(9);
        JsonValue one = root.get("list").elements().get(0);
        assertThat(one.line()).isEqualTo(5);
        assertThat(one.column()).isEqualTo(5);
    }

    @Test
    void crLfCountsAsOneLineBreak() throws Exception {
        assertThat(parse("{\r\n\r\n a: 1}").members().get(0).line()).isEqualTo(3);
    }

    @Test
    void errorsNameLineColumnAndWhatWasExpected() {
        assertError("{a: 1\n b: 2}", 2, 2, "expected ',' or '}'");
        assertError("{\n  \"a\": [1, 2\n", 3, 1, "unterminated array");
        assertError("['abc\n']", 1, 6, "unterminated string");
        assertError("{a 1}", 1, 4, "expected ':' after the member name \"a\"");
        assertError("[1] 2", 1, 5, "expected the end of the input");
        assertError("/* open", 1, 8, "unterminated comment");
        assertError("", 1, 1, "expected a value, found the end of the input");
    }

    @Test
    void whatJson5DoesNotAllow() {
        assertError("[01]", 1, 2, "cannot start with 0");
        assertError("[1a]", 1, 3, "right after a number");
        assertError("['\\1']", 1, 5, "a digit cannot be escaped");
        assertError("['\\01']", 1, 5, "octal escapes");
        assertError("[0x]", 1, 4, "hexadecimal digits");
        assertError("['\\x4']", 1, 6, "2 hexadecimal digits");
        assertError("[1e]", 1, 4, "exponent");
        assertError("[undefined]", 1, 2, "found undefined");
        assertError("{1: 2}", 1, 2, "expected a member name");
        assertError("{\\u0031a: 2}", 1, 8, "not a character a member name can hold");
        assertError("[1,,2]", 1, 4, "expected a value");
        assertError("[.]", 1, 3, "expected a digit");
    }

    private static void assertError(String text, int line, int column, String message) {
        assertThatThrownBy(() -> Json5Reader.parse(text))
                .isInstanceOfSatisfying(Json5SyntaxException.class, e -> {
                    assertThat(e.getMessage()).contains(message);
                    assertThat(e.line()).as("line of " + e.getMessage()).isEqualTo(line);
                    assertThat(e.column()).as("column of " + e.getMessage()).isEqualTo(column);
                });
    }
}
