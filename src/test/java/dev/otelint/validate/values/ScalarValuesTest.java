package dev.otelint.validate.values;

import static dev.otelint.validate.values.V.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Boolean, string-like, constant_keyword, binary and flat_object verdicts observed on OpenSearch 2.18. */
class ScalarValuesTest {

    @ParameterizedTest(name = "boolean {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "true       | OK",
        "\"false\"  | COERCED",
        "\"\"       | COERCED",     // Booleans.parseBoolean with an empty default: false
        "\"True\"   | MALFORMED",   // only the exact words
        "\"yes\"    | MALFORMED",
        "1          | MALFORMED",   // "not of boolean type"
        "{}         | REJECTED",
        "null       | OK",
    })
    void booleanAcceptsOnlyTrueAndFalse(String literal, Outcome expected) {
        assertThat(BooleanValues.INSTANCE.check(json(literal))).isEqualTo(expected);
    }

    @Test
    void keywordTakesAnyScalarAsTextButNotObjects() {
        StringValues keyword = new StringValues("keyword", Integer.MAX_VALUE, true);
        assertThat(keyword.check(json("1.5e3"))).isEqualTo(Outcome.OK);
        assertThat(keyword.check(json("true"))).isEqualTo(Outcome.OK);
        assertThat(keyword.check(json("{\"a\":1}"))).isEqualTo(Outcome.REJECTED); // Can't get text on a START_OBJECT
    }

    @Test
    void ignoreAboveCountsCharactersAndSkipsIndexing() {
        StringValues keyword = new StringValues("keyword", 3, true);
        assertThat(keyword.check(json("\"abc\""))).isEqualTo(Outcome.OK);
        assertThat(keyword.check(json("\"abcd\""))).isEqualTo(Outcome.IGNORED_ABOVE);
        assertThat(keyword.check(json("1234"))).isEqualTo(Outcome.IGNORED_ABOVE);
    }

    @Test
    void aKeywordTermOver32766Utf8BytesFailsTheDocument() {
        StringValues keyword = new StringValues("keyword", Integer.MAX_VALUE, true);
        StringValues notIndexed = new StringValues("keyword", Integer.MAX_VALUE, false);
        String ascii = "\"" + "a".repeat(32766) + "\"";
        String euros = "\"" + "\u20ac".repeat(10923) + "\""; // 32769 bytes
        assertThat(keyword.check(json(ascii))).isEqualTo(Outcome.OK);
        assertThat(keyword.check(json("\"" + "a".repeat(32767) + "\""))).isEqualTo(Outcome.TERM_TOO_LONG);
        assertThat(keyword.check(json(euros))).isEqualTo(Outcome.TERM_TOO_LONG);
        assertThat(notIndexed.check(json(euros))).isEqualTo(Outcome.OK);
    }

    @Test
    void constantKeywordNeedsItsValueAsText() {
        ConstantKeywordValues constant = new ConstantKeywordValues("1");
        assertThat(constant.check(json("1"))).isEqualTo(Outcome.OK);
        assertThat(constant.check(json("\"1\""))).isEqualTo(Outcome.OK);
        assertThat(constant.check(json("1.0"))).isEqualTo(Outcome.REJECTED);
        assertThat(constant.check(json("null"))).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void binaryIsOnlyDecodedWhenStoredOrDocValued() {
        assertThat(new BinaryValues(false).check(json("\"not base64!\""))).isEqualTo(Outcome.OK);
        assertThat(new BinaryValues(true).check(json("\"not base64!\""))).isEqualTo(Outcome.REJECTED);
        assertThat(new BinaryValues(true).check(json("\"aGVsbG8=\""))).isEqualTo(Outcome.OK);
        assertThat(new BinaryValues(false).check(json("{}"))).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void flatObjectTakesObjectsWithAnyContent() {
        assertThat(FlatObjectValues.INSTANCE.check(json("{\"\":1,\".\":{\"a\":[1,\"x\",null]}}"))).isEqualTo(Outcome.OK);
        assertThat(FlatObjectValues.INSTANCE.check(json("\"x\""))).isEqualTo(Outcome.REJECTED);
    }
}
