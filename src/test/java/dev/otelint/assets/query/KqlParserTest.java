package dev.otelint.assets.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class KqlParserTest {

    @Test
    void fieldValueIsAFilterAtTheFieldNameAsWritten() throws QuerySyntaxException {
        assertFields("event.domain:nginx.access", tuple("event.domain", "event.domain", FieldRole.FILTER));
    }

    @Test
    void spacesAroundTheColonStayOutsideTheSpan() throws QuerySyntaxException {
        assertFields("  aws.cloudtrail.eventSource : ec2*",
                tuple("aws.cloudtrail.eventSource", "aws.cloudtrail.eventSource", FieldRole.FILTER));
    }

    @Test
    void quotedPhraseAndValueListsAreFilters() throws QuerySyntaxException {
        assertFields("message:\"connection refused\" and status:(200 or 204 or not 500)",
                tuple("message", "message", FieldRole.FILTER),
                tuple("status", "status", FieldRole.FILTER));
    }

    @Test
    void everyRangeOperatorMakesARange() throws QuerySyntaxException {
        assertFields("a>1 or b >= 2 or c< 3 or d <=4",
                tuple("a", "a", FieldRole.RANGE), tuple("b", "b", FieldRole.RANGE),
                tuple("c", "c", FieldRole.RANGE), tuple("d", "d", FieldRole.RANGE));
    }

    @Test
    void upperCaseNotAndAroundRanges() throws QuerySyntaxException {
        assertFields("NOT aws.elb.request_processing_time<0 AND NOT aws.elb.response_processing_time<0",
                tuple("aws.elb.request_processing_time", "aws.elb.request_processing_time", FieldRole.RANGE),
                tuple("aws.elb.response_processing_time", "aws.elb.response_processing_time", FieldRole.RANGE));
    }

    @Test
    void bareWildcardValueIsAnExistsTest() throws QuerySyntaxException {
        assertFields("errorCode:* and a:(* or *) and b:\"*\" and c:ab*",
                tuple("errorCode", "errorCode", FieldRole.EXISTS), tuple("a", "a", FieldRole.EXISTS),
                tuple("b", "b", FieldRole.FILTER), tuple("c", "c", FieldRole.FILTER));
    }

    @Test
    void wildcardFieldNamesAreReportedAsWritten() throws QuerySyntaxException {
        assertFields("machine.os*:win", tuple("machine.os*", "machine.os*", FieldRole.FILTER));
    }

    @Test
    void anyFieldWildcardAndFreeTextNameNoField() throws QuerySyntaxException {
        for (String query : List.of("", "   ", "*", "*:*", "*:error", "error", "\"a phrase\"", "hello world",
                "not error", "(a or b) and c")) {
            assertThat(KqlParser.parse(query)).as(query).isEmpty();
        }
    }

    @Test
    void nestedQueryReportsThePathAndTheFullInnerNames() throws QuerySyntaxException {
        String query = "items:{ sku:A1 and price >= 10 and tags:{ name:* } }";

        assertFields(query,
                tuple("items", "items", FieldRole.FILTER),
                tuple("items.sku", "sku", FieldRole.FILTER),
                tuple("items.price", "price", FieldRole.RANGE),
                tuple("items.tags", "tags", FieldRole.FILTER),
                tuple("items.tags.name", "name", FieldRole.EXISTS));
        assertThat(KqlParser.parse(query)).extracting(QueryField::function)
                .containsExactly("nested", null, null, "nested", null);
    }

    @Test
    void keywordsAreCaseInsensitiveAndGroupsNest() throws QuerySyntaxException {
        assertFields("NoT (a:1 Or b:2) aNd ((c:3))",
                tuple("a", "a", FieldRole.FILTER), tuple("b", "b", FieldRole.FILTER),
                tuple("c", "c", FieldRole.FILTER));
    }

    @Test
    void keywordLettersInsideWordsAreNotKeywords() throws QuerySyntaxException {
        assertFields("author:Orwell or brand:Android and band:nothing",
                tuple("author", "author", FieldRole.FILTER), tuple("brand", "brand", FieldRole.FILTER),
                tuple("band", "band", FieldRole.FILTER));
    }

    @Test
    void unquotedValuesMayHoldSpacesUpToTheNextKeyword() throws QuerySyntaxException {
        assertFields("aws.cloudtrail.sourceIPAddress:*.amazon*.com* AWS* or x:Get*  Describe*",
                tuple("aws.cloudtrail.sourceIPAddress", "aws.cloudtrail.sourceIPAddress", FieldRole.FILTER),
                tuple("x", "x", FieldRole.FILTER));
    }

    @Test
    void escapedCharactersAreUnescapedInTheNameButCountedInTheSpan() throws QuerySyntaxException {
        assertFields("http\\:port:80 and \"my field\":\"x\\\"y\" and v:a \\or b",
                tuple("http:port", "http\\:port", FieldRole.FILTER),
                tuple("my field", "\"my field\"", FieldRole.FILTER),
                tuple("v", "v", FieldRole.FILTER));
    }

    @Test
    void offsetsPointIntoTheOriginalText() throws QuerySyntaxException {
        List<QueryField> fields = KqlParser.parse("http.response.status_code >= 300 and event.domain:nginx.access");

        assertThat(fields).extracting(QueryField::offset, QueryField::length)
                .containsExactly(tuple(0, 25), tuple(37, 12));
    }

    @Test
    void syntaxErrorsSayWhatWasExpectedAndWhere() {
        assertError("status:(200 or 204", "expected ')' to close the '(' at offset 7, found the end of the query", 18);
        assertError("status:", "expected a value or '(', found the end of the query", 7);
        assertError("bytes >= ", "expected a value after '>=', found the end of the query", 9);
        assertError("a:b)", "expected 'and', 'or' or the end of the query, found ')' at offset 3", 3);
        assertError("a:\"open", "expected a closing '\"' for the quote opened at offset 2, found the end of the query", 7);
        assertError("a:{ b:c", "expected '}' to close the '{' at offset 2, found the end of the query", 7);
        assertError("()", "expected a field name, a value or '(', found ')' at offset 1", 1);
        assertError("a:b c:d", "expected 'and', 'or' or the end of the query, found ':' at offset 5", 5);
        assertError("status: not 500", "expected a value or '(', found 'n' at offset 8", 8);
        // kuery's Not keyword ("not" and a space) is recognised even at the end of a word
        assertError("message: cannot connect", "expected 'and', 'or' or the end of the query, found 'n' at offset 12", 12);
    }

    @Test
    void deepNestingIsASyntaxErrorNotAStackOverflow() {
        KqlLuceneAssertions.assertDeepNestingIsRejected(KqlParser::parse);
    }

    private static void assertFields(String query, Tuple... expected) throws QuerySyntaxException {
        KqlLuceneAssertions.assertFields(KqlParser::parse, query, expected);
    }

    private static void assertError(String query, String message, int offset) {
        KqlLuceneAssertions.assertError(KqlParser::parse, query, message, offset);
    }
}
