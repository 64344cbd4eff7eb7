package dev.otelint.assets.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PromQlParserTest {

    static final List<String> VALID = List.of(
            "up",
            "http_requests_total{job=\"api\", code=~\"5..\"}",
            "rate(http_requests_total[5m] offset 1h)",
            "sum by (job) (rate(http_requests_total{job!=\"\"}[5m]))",
            "sum(rate(x[5m])) without (instance, pod)",
            "histogram_quantile(0.95, sum(rate(d_bucket[5m])) by (le))",
            "a / on(job) group_left(team) b",
            "a + ignoring(code) group_right b",
            "a > bool 5",
            "a and b or c unless d",
            "-a ^ 2 * 3 % 4 - 1e3 + 0x1F / .5 atan2 b",
            "max_over_time(rate(x[5m])[1h:1m])",
            "rate(x[5m:])",
            "x @ 1609746000 offset -5m",
            "x @ start()",
            "x offset 1h30m",
            "topk(5, sum by (a) (x))",
            "count_values(\"version\", build_info)",
            "label_replace(up, \"host\", \"$1\", \"instance\", \"(.*):.*\")",
            "label_join(up, \"dst\", \",\", \"a\", \"b\")",
            "sort_by_label(up, \"job\")",
            "{__name__=\"up\", job=\"x\"}",
            "{\"http.server.duration\", \"service.name\"=\"x\"}",
            "sum by (\"service.name\") (x)",
            "vector(1) + Inf - NaN",
            "\"literal\"",
            "# comment only before\nup # and after",
            "record:rule:rate5m{a='b'}",
            "sum without () (x)",
            "SUM BY (a) (x)");

    @Test
    void everyValidQueryParses() throws QuerySyntaxException {
        for (String query : VALID) {
            assertThat(PromQlParser.parse(query).fields()).as(query).isNotNull();
        }
    }

    @Test
    void metricNamesHaveTheMetricRoleAndTheInnermostFunction() throws QuerySyntaxException {
        String text = "histogram_quantile(0.5, sum(rate(d_bucket[5m])) by (le)) > up";
        PromQlQuery query = PromQlParser.parse(text);
        assertThat(query.metrics()).extracting(QueryField::name, QueryField::offset, QueryField::role,
                        QueryField::function)
                .containsExactly(tuple("d_bucket", 33, FieldRole.METRIC, "rate"),
                        tuple("up", text.lastIndexOf("up"), FieldRole.METRIC, null));
    }

    @Test
    void matcherLabelsAreFiltersAtTheirOffsets() throws QuerySyntaxException {
        String text = "http_requests_total{job=\"api\", code=~\"5..\"}";
        PromQlQuery query = PromQlParser.parse(text);
        assertThat(query.labels()).extracting(QueryField::name, QueryField::offset, QueryField::length,
                        QueryField::role)
                .containsExactly(tuple("job", 20, 3, FieldRole.FILTER), tuple("code", 31, 4, FieldRole.FILTER));
        assertThat(text.substring(31, 35)).isEqualTo("code");
    }

    @Test
    void groupingLabelsBeforeOrAfterTheBodyNameTheAggregation() throws QuerySyntaxException {
        assertThat(PromQlParser.parse("sum by (job, pod) (x)").labels())
                .extracting(QueryField::name, QueryField::role, QueryField::function)
                .containsExactly(tuple("job", FieldRole.GROUP_BY, "sum"), tuple("pod", FieldRole.GROUP_BY, "sum"));
        assertThat(PromQlParser.parse("avg(x) without (instance)").labels())
                .extracting(QueryField::name, QueryField::role, QueryField::function)
                .containsExactly(tuple("instance", FieldRole.GROUP_BY, "avg"));
    }

    @Test
    void vectorMatchingLabelsAreExpressions() throws QuerySyntaxException {
        assertThat(PromQlParser.parse("a / on(job) group_left(team) b * ignoring(x) c").labels())
                .extracting(QueryField::name, QueryField::role, QueryField::function)
                .containsExactly(tuple("job", FieldRole.EXPRESSION, "on"),
                        tuple("team", FieldRole.EXPRESSION, "group_left"),
                        tuple("x", FieldRole.EXPRESSION, "ignoring"));
    }

    @Test
    void labelFunctionArgumentsIncludeTheirQuotes() throws QuerySyntaxException {
        String text = "label_replace(up, \"host\", \"$1\", \"instance\", \"(.*)\")";
        assertThat(PromQlParser.parse(text).labels())
                .extracting(QueryField::name, QueryField::offset, QueryField::length, QueryField::role)
                .containsExactly(tuple("host", 18, 6, FieldRole.PROJECTION),
                        tuple("instance", 32, 10, FieldRole.EXPRESSION));
        assertThat(PromQlParser.parse("sort_by_label_desc(up, \"job\")").labels())
                .extracting(QueryField::name, QueryField::role).containsExactly(tuple("job", FieldRole.SORT));
        assertThat(PromQlParser.parse("count_values(\"version\", b)").labels())
                .extracting(QueryField::name, QueryField::role).containsExactly(tuple("version", FieldRole.PROJECTION));
    }

    @Test
    void metricNamesMayBeGivenAsTheNameLabelOrQuoted() throws QuerySyntaxException {
        PromQlQuery byLabel = PromQlParser.parse("sum({__name__=\"up\", job=\"x\"})");
        assertThat(byLabel.metrics()).extracting(QueryField::name, QueryField::offset, QueryField::length)
                .containsExactly(tuple("up", 14, 4));
        assertThat(byLabel.labels()).extracting(QueryField::name).containsExactly("job");
        PromQlQuery quoted = PromQlParser.parse("{\"http.server.duration\", \"service.name\"=\"x\"}");
        assertThat(quoted.metrics()).extracting(QueryField::name, QueryField::offset, QueryField::length)
                .containsExactly(tuple("http.server.duration", 1, 22));
        assertThat(quoted.labels()).extracting(QueryField::name, QueryField::offset, QueryField::length)
                .containsExactly(tuple("service.name", 25, 14));
        assertThat(PromQlParser.parse("{__name__=~\"http_.*\"}").metrics()).isEmpty();
    }

    @Test
    void fieldsComeInTextOrder() throws QuerySyntaxException {
        assertThat(PromQlParser.parse("sum by (a) (m{b=\"1\"})").fields())
                .extracting(QueryField::name).containsExactly("a", "m", "b");
    }

    @Test
    void syntaxErrorsSayWhatWasExpectedAndWhere() {
        assertError("rate(x[5m]", "expected ',' or ')' after the arguments of 'rate' but found the end of the query", 10);
        assertError("sum(x", "expected ')' after the argument of 'sum'", 5);
        assertError("x{job=\"a\"", "expected ',' or '}' in the matchers opened at offset 1", 9);
        assertError("x{job}", "expected =, !=, =~ or !~ after the label 'job'", 5);
        assertError("x{job=api}", "expected a quoted value after '='", 6);
        assertError("sum(x) by", "expected '(' and a list of labels after 'by'", 9);
        assertError("(x)[5m]", "a range [...] can only follow a selector", 3);
        assertError("x[5q]", "expected a duration such as 5m after '['", 2);
        assertError("a + ", "expected an expression but found the end of the query", 4);
        assertError("a b", "expected an operator or the end of the query but found 'b'", 2);
        assertError("a + bool b", "'bool' can only follow a comparison operator", 4);
        assertError("{job=\"\"}", "a selector needs a metric name or a matcher that does not match the empty string", 0);
        assertError("x{__name__=\"y\"}", "the metric name is given twice", 11);
        assertError("\"open", "unterminated string", 0);
        assertError("x @ now", "expected a timestamp, start() or end() after '@'", 4);
        assertError("by", "expected an expression but found the keyword 'by'", 0);
        assertError("  ", "the query is empty", 0);
        assertError("x ! y", "unexpected character '!'", 2);
    }

    @Test
    void deepNestingIsASyntaxErrorNotAStackOverflow() {
        String deep = "(".repeat(5000) + "x" + ")".repeat(5000);
        assertThatThrownBy(() -> PromQlParser.parse(deep)).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("nested too deeply");
    }

    @Test
    void truncatedAndMutatedQueriesOnlyEverParseOrThrowSyntaxErrors() {
        PromQlFuzz.run(VALID, 20_000, query -> PromQlParser.parse(query), new Random(42));
    }

    private static void assertError(String query, String message, int offset) {
        PromQlFuzz.assertSyntaxError(PromQlParser::parse, query, message, offset);
    }
}
