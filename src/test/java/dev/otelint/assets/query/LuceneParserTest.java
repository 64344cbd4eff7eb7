package dev.otelint.assets.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class LuceneParserTest {

    @Test
    void fieldValueAndPhraseAreFilters() throws QuerySyntaxException {
        assertFields("http.response.status_code:0 OR message:\"connection refused\"",
                tuple("http.response.status_code", "http.response.status_code", FieldRole.FILTER),
                tuple("message", "message", FieldRole.FILTER));
    }

    @Test
    void bracketAndBraceRangesAndComparisonsAreRanges() throws QuerySyntaxException {
        assertFields("a:[200 TO 299] b:{a TO z} c:[1 TO 5} d:>=10 e:<5 f:[* TO \"x y\"]^2",
                tuple("a", "a", FieldRole.RANGE), tuple("b", "b", FieldRole.RANGE),
                tuple("c", "c", FieldRole.RANGE), tuple("d", "d", FieldRole.RANGE),
                tuple("e", "e", FieldRole.RANGE), tuple("f", "f", FieldRole.RANGE));
    }

    @Test
    void existsTestsNameTheirFieldWhereItIsWritten() throws QuerySyntaxException {
        assertFields("_exists_:http.method AND NOT _exists_:\"url.full\" AND trace_id:*",
                tuple("http.method", "http.method", FieldRole.EXISTS),
                tuple("url.full", "\"url.full\"", FieldRole.EXISTS),
                tuple("trace_id", "trace_id", FieldRole.EXISTS));
    }

    @Test
    void existsWithAPatternValueQueriesAFieldNamedExists() throws QuerySyntaxException {
        assertFields("_exists_:http*", tuple("_exists_", "_exists_", FieldRole.FILTER));
    }

    @Test
    void groupsTakeTheCommonRoleOfTheirValues() throws QuerySyntaxException {
        assertFields("status:(200 OR 204) bytes:(>100 AND <=500) x:(* OR *) y:(1 OR [2 TO 3]) _exists_:(a OR b)",
                tuple("status", "status", FieldRole.FILTER), tuple("bytes", "bytes", FieldRole.RANGE),
                tuple("x", "x", FieldRole.EXISTS), tuple("y", "y", FieldRole.FILTER),
                tuple("a", "a", FieldRole.EXISTS), tuple("b", "b", FieldRole.EXISTS));
    }

    @Test
    void everyOperatorFormAndPrefixIsAccepted() throws QuerySyntaxException {
        assertFields("+a:1 -b:2 !c:3 NOT d:4 && e:5 || f:6 AND (g:7 OR h:8)",
                tuple("a", "a", FieldRole.FILTER), tuple("b", "b", FieldRole.FILTER),
                tuple("c", "c", FieldRole.FILTER), tuple("d", "d", FieldRole.FILTER),
                tuple("e", "e", FieldRole.FILTER), tuple("f", "f", FieldRole.FILTER),
                tuple("g", "g", FieldRole.FILTER), tuple("h", "h", FieldRole.FILTER));
    }

    @Test
    void wildcardRegexpFuzzyAndBoostedValuesAreFilters() throws QuerySyntaxException {
        assertFields("a:qu?ck* b:/jo.n/ c:brwn~ d:\"fox jumps\"~3^2 e:fast^2.5 f:ab* g:x~1^2",
                tuple("a", "a", FieldRole.FILTER), tuple("b", "b", FieldRole.FILTER),
                tuple("c", "c", FieldRole.FILTER), tuple("d", "d", FieldRole.FILTER),
                tuple("e", "e", FieldRole.FILTER), tuple("f", "f", FieldRole.FILTER),
                tuple("g", "g", FieldRole.FILTER));
    }

    @Test
    void escapedFieldNamesAreUnescapedWithTheRawSpan() throws QuerySyntaxException {
        assertFields("http\\.method:GET book.\\*:(quick OR brown) a\\u002eb:1 \\_exists_:c",
                tuple("http.method", "http\\.method", FieldRole.FILTER),
                tuple("book.*", "book.\\*", FieldRole.FILTER),
                tuple("a.b", "a\\u002eb", FieldRole.FILTER),
                tuple("c", "c", FieldRole.EXISTS));
    }

    @Test
    void innerFieldsOverrideTheGroupField() throws QuerySyntaxException {
        assertFields("a:(x OR b:y)", tuple("a", "a", FieldRole.FILTER), tuple("b", "b", FieldRole.FILTER));
    }

    @Test
    void spacesMayStandAroundTheColon() throws QuerySyntaxException {
        assertFields("status : 200", tuple("status", "status", FieldRole.FILTER));
    }

    @Test
    void termsWithoutAFieldAndTheAnyFieldPrefixNameNoField() throws QuerySyntaxException {
        for (String query : List.of("", " \t", "*", "*:*", "*:error", "error", "\"a phrase\"", "quick brown fox",
                "(a OR b) AND c", "a + b", "ANDROID", "TO", "foo-bar")) {
            assertThat(LuceneParser.parse(query)).as(query).isEmpty();
        }
    }

    @Test
    void offsetsPointIntoTheOriginalText() throws QuerySyntaxException {
        List<QueryField> fields = LuceneParser.parse("(x:1)   AND\ty\\:z:[1 TO 2]");

        assertThat(fields).extracting(QueryField::offset, QueryField::length)
                .containsExactly(tuple(1, 1), tuple(12, 4));
    }

    @Test
    void syntaxErrorsSayWhatWasExpectedAndWhere() {
        assertError("a:(b OR c", "expected ')' to close the '(' at offset 2, found the end of the query", 9);
        assertError("a:", "expected a term, a phrase, a range or '(', found the end of the query", 2);
        assertError("AND b", "expected a term, a phrase, a range or '(', found 'A' at offset 0", 0);
        assertError("a:[1 TO", "expected an upper bound after 'TO', found the end of the query", 7);
        assertError("a:[1 2]", "expected 'TO' between the bounds of the range at offset 2, found '2' at offset 5", 5);
        assertError("a:[1 TO 2", "expected ']' or '}' to close the range at offset 2, found the end of the query", 9);
        assertError("a:\"open", "expected a closing '\"' for the phrase opened at offset 2, found the end of the query", 7);
        assertError("a^x", "expected a number after '^', found 'x' at offset 2", 2);
        assertError("a:b)", "expected an operator, a term or the end of the query, found ')' at offset 3", 3);
        assertError("machine.os*:win", "expected an operator, a term or the end of the query, found ':' at offset 11", 11);
        assertError("a/b", "expected a closing '/' for the regular expression opened at offset 1, found the end of the query", 3);
        assertError("a\\u00g1:b", "expected four hex digits after '\\u' at offset 1, found 'g' at offset 5", 5);
        assertError("ab\\", "expected a character after the escaping '\\', found '\\' at offset 2", 2);
    }

    @Test
    void deepNestingIsASyntaxErrorNotAStackOverflow() {
        KqlLuceneAssertions.assertDeepNestingIsRejected(LuceneParser::parse);
    }

    private static void assertFields(String query, Tuple... expected) throws QuerySyntaxException {
        KqlLuceneAssertions.assertFields(LuceneParser::parse, query, expected);
    }

    private static void assertError(String query, String message, int offset) {
        KqlLuceneAssertions.assertError(LuceneParser::parse, query, message, offset);
    }
}
