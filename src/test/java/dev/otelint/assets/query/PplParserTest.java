package dev.otelint.assets.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PplParserTest {

    /** Fields as "name ROLE" or "name ROLE fn", in query order. */
    private static List<String> fields(String query) throws QuerySyntaxException {
        return PplParser.parse(query).fields().stream()
                .map(f -> f.name() + " " + f.role() + (f.function() == null ? "" : " " + f.function()))
                .toList();
    }

    private static QuerySyntaxException syntaxError(String query) {
        try {
            PplParser.parse(query);
        } catch (QuerySyntaxException e) {
            return e;
        }
        throw new AssertionError("expected a syntax error for: " + query);
    }

    @Test
    void sourcesKeepPatternsCommaListsAndBacktickedNamesWithOffsets() throws Exception {
        String query = "search source=otel-logs-*, `my-index`,cluster:logs-2024.* | head 5";
        List<PplSource> sources = PplParser.parse(query).sources();

        assertThat(sources).containsExactly(
                new PplSource("otel-logs-*", 14, 11),
                new PplSource("my-index", 27, 10),
                new PplSource("cluster:logs-2024.*", 38, 19));
        assertThat(query.substring(27, 37)).isEqualTo("`my-index`");
    }

    @Test
    void fieldOffsetsPointAtTheNameAsWrittenIncludingBackticks() throws Exception {
        String query = "source=logs | where `@timestamp` > '2024-01-01' and http.url = 'x'";
        List<QueryField> fields = PplParser.parse(query).fields();

        assertThat(fields).containsExactly(
                new QueryField("@timestamp", 20, 12, FieldRole.RANGE),
                new QueryField("http.url", 52, 8, FieldRole.FILTER));
        assertThat(query.substring(52, 60)).isEqualTo("http.url");
    }

    @Test
    void whereRolesFollowTheOperator() throws Exception {
        assertThat(fields("source=t | where a = 1 and b != 'x' or c >= 5 and not d < 2"))
                .containsExactly("a FILTER", "b FILTER", "c RANGE", "d RANGE");
        assertThat(fields("source=t | where a like '%x%' and b in ('x', 'y') and c not in (1) and e between 1 and 9"))
                .containsExactly("a FILTER like", "b FILTER", "c FILTER", "e RANGE");
        assertThat(fields("source=t | where isnull(a) or isnotnull(b) or x is not null"))
                .containsExactly("a EXISTS isnull", "b EXISTS isnotnull", "x EXISTS");
        assertThat(fields("source=t | where like(a, 'x%') and match_phrase(msg, 'oops', slop=2)"))
                .containsExactly("a FILTER like", "msg FILTER match_phrase");
    }

    @Test
    void searchCommandCanFilterInline() throws Exception {
        assertThat(fields("search source=t status=500 AND host='h'"))
                .containsExactly("status FILTER", "host FILTER");
    }

    @Test
    void functionArgumentsAreInputsOfTheInnermostFunction() throws Exception {
        assertThat(fields("source=t | where length(lower(name)) > 3 and a + b * 2 > c"))
                .containsExactly("name EXPRESSION lower", "a EXPRESSION", "b EXPRESSION", "c RANGE");
    }

    @Test
    void fieldsCommandProjectsIncludedAndExcludedFields() throws Exception {
        assertThat(fields("source=t | fields + a, `b.c` | fields - d"))
                .containsExactly("a PROJECTION", "b.c PROJECTION", "d PROJECTION");
    }

    @Test
    void statsReportsAggregationsWithTheirFunctionAndSpanAsTime() throws Exception {
        assertThat(fields("source=t | stats count(), avg(latency) as lat, dc(user), percentile(d, 95),"
                + " percentile<90>(e), take(msg, 5) by span(@timestamp, 5m) as t, service.name"))
                .containsExactly("latency AGGREGATION avg", "user AGGREGATION dc", "d AGGREGATION percentile",
                        "e AGGREGATION percentile", "msg AGGREGATION take", "@timestamp TIME span",
                        "service.name GROUP_BY");
    }

    @Test
    void statsOutputsAreNotIndexFieldsLaterButGroupKeysStillAre() throws Exception {
        assertThat(fields("source=t | stats count() as n, max(b) by host | where n > 5 | sort - `max(b)`, host"))
                .containsExactly("b AGGREGATION max", "host GROUP_BY", "host SORT");
    }

    @Test
    void evalTargetsAreDerivedButTheirInputsAreIndexFields() throws Exception {
        assertThat(fields("source=t | eval kb = bytes / 1024, big = kb > 10 | where big = true and kb > 1"
                + " | fields kb, bytes"))
                .containsExactly("bytes EXPRESSION", "bytes PROJECTION");
    }

    @Test
    void evalCanOverwriteAFieldAfterReadingIt() throws Exception {
        assertThat(fields("source=t | eval a = a + 1 | where a > 2"))
                .containsExactly("a EXPRESSION");
    }

    @Test
    void renameReadsTheOldNameAndDefinesTheNewOne() throws Exception {
        assertThat(fields("source=t | rename http.url as u, b as c | where u = 'x' and c = 1"))
                .containsExactly("http.url EXPRESSION rename", "b EXPRESSION rename");
    }

    @Test
    void sortAcceptsSignsOrderWordsAndTypeFunctions() throws Exception {
        assertThat(fields("source=t | sort 10 - a, +b desc, ip(c), num(d) asc"))
                .containsExactly("a SORT", "b SORT", "c SORT ip", "d SORT num");
    }

    @Test
    void headDedupTopAndRare() throws Exception {
        assertThat(fields("source=t | dedup 2 a, b keepempty=true | head 10 from 5 | top 3 c by d"
                + " | rare e | where count > 1"))
                .containsExactly("a GROUP_BY", "b GROUP_BY", "c GROUP_BY", "d GROUP_BY", "e GROUP_BY");
    }

    @Test
    void parseAndGrokDefineTheirNamedCaptures() throws Exception {
        assertThat(fields("source=t | parse email '.+@(?<host>.+)' | grok msg '%{IP:client} %{NUMBER:bytes:int}'"
                + " | where host = 'x' and client = 'y' and bytes > 1"))
                .containsExactly("email EXPRESSION parse", "msg EXPRESSION grok");
    }

    @Test
    void patternsFillnullAndTrendline() throws Exception {
        assertThat(fields("source=t | patterns new_field='p' pattern='[0-9]' message | where p = 'x'"
                + " | fillnull with 0 in a, b | fillnull using c = 'n' | fillnull value=0 d e"
                + " | trendline sort - ts sma(3, lat) as avg3 wma(2, cpu) | where avg3 > 1 and cpu_trendline > 2"))
                .containsExactly("message EXPRESSION patterns", "a EXPRESSION fillnull",
                        "b EXPRESSION fillnull", "c EXPRESSION fillnull", "d EXPRESSION fillnull",
                        "e EXPRESSION fillnull", "ts SORT", "lat EXPRESSION sma", "cpu EXPRESSION wma");
    }

    @Test
    void caseCastAndMultiMatchFieldLists() throws Exception {
        assertThat(fields("source=t | eval s = case(code >= 500, 'err' else 'ok'), n = cast(x as int)"
                + " | where multi_match(['title', body ^ 2], 'q')"))
                .containsExactly("code RANGE", "x EXPRESSION cast", "title FILTER multi_match",
                        "body FILTER multi_match");
    }

    @Test
    void templateVariablesAreValues() throws Exception {
        assertThat(fields("source=t | where svc in (${service:singlequote}) and (id=\"${traceId}\" or $x = \"\")"))
                .containsExactly("svc FILTER", "id FILTER");
    }

    @Test
    void keywordsAreCaseInsensitive() throws Exception {
        assertThat(fields("SOURCE=t | WHERE a = 1 AND b > 2 | STATS COUNT() BY c"))
                .containsExactly("a FILTER", "b RANGE", "c GROUP_BY");
    }

    @Test
    void unknownCommandsAreNamed() {
        QuerySyntaxException e = syntaxError("source=t | frobnicate a");
        assertThat(e).hasMessage("unknown PPL command 'frobnicate'");
        assertThat(e.offset()).isEqualTo(11);
    }

    @Test
    void syntaxErrorsSayWhatWasExpectedAndWhere() {
        assertThat(syntaxError("source=t | where (a = 1").getMessage())
                .isEqualTo("expected ')' to close '(' but found the end of the query");
        assertThat(syntaxError("source=t | stats avg(a").getMessage())
                .isEqualTo("expected ')' after the arguments of avg but found the end of the query");
        assertThat(syntaxError("where a = 1").getMessage())
                .startsWith("expected the query to start with 'source='");
        assertThat(syntaxError("source=t | where a = 'x").offset()).isEqualTo(21);
        assertThat(syntaxError("source=t | eval = 1").getMessage())
                .isEqualTo("expected a new field name in 'eval' but found '='");
        assertThat(syntaxError("source=t | where a = 1 b").getMessage())
                .isEqualTo("expected '|' before the next command but found 'b'");
        assertThatThrownBy(() -> PplParser.parse("source= | head")).isInstanceOf(QuerySyntaxException.class)
                .hasMessage("expected an index name but found '|'");
    }
}
