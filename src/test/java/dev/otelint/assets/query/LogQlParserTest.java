package dev.otelint.assets.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogQlParserTest {

    static final List<String> VALID = List.of(
            "{job=\"mysql\"}",
            "{job=\"mysql\", level=~\"e.*\"} |= \"error\" != \"timeout\" |~ `t.+` !~ \"x\"",
            "{app=\"a\"} |= \"x\" or \"y\" |= ip(\"10.0.0.0/8\")",
            "{app=\"a\"} | json | status >= 400 and method=\"GET\"",
            "{app=\"a\"} | logfmt --strict --keep-empty host, path=\"request.path\" | host != \"\"",
            "{app=\"a\"} | regexp \"(?P<x>\\\\d+)\" | pattern \"<ip> - <_>\" | unpack | decolorize",
            "{app=\"a\"} | line_format \"{{.msg}}\" | label_format dst=src, t=\"{{.a}}\"",
            "{app=\"a\"} | drop level, tmp=\"1\" | keep host",
            "{app=\"a\"} | json | (duration > 1.5s or size < 20MB), code = 200 | __error__=\"\"",
            "sum by (host) (rate({job=\"mysql\"} |= \"error\" [5m]))",
            "quantile_over_time(0.99, {app=\"a\"} | json | unwrap duration(latency) [5m]) by (path)",
            "sum_over_time({app=\"a\"} | logfmt | unwrap bytes [1m] offset 1h)",
            "topk(3, count_over_time(({app=\"a\"} | json)[1h]))",
            "sum(rate({app=\"a\"}[1m])) / sum(rate({app=\"b\"}[1m])) > 0.5 or vector(0)",
            "{app=\"a\"} | addr = ip(\"192.168.0.1\") x=\"y\"");

    @Test
    void everyValidQueryParses() throws QuerySyntaxException {
        for (String query : VALID) {
            assertThat(LogQlParser.parse(query)).as(query).isNotNull();
        }
    }

    @Test
    void streamSelectorLabelsAreFiltersAndLineFiltersHoldNone() throws QuerySyntaxException {
        String text = "{job=\"mysql\", level=~\"e.*\"} |= \"level\" != \"x\"";
        assertThat(LogQlParser.parse(text))
                .extracting(QueryField::name, QueryField::offset, QueryField::length, QueryField::role)
                .containsExactly(tuple("job", 1, 3, FieldRole.FILTER), tuple("level", 14, 5, FieldRole.FILTER));
    }

    @Test
    void labelFiltersCompareOrRange() throws QuerySyntaxException {
        String text = "{a=\"b\"} | json | status >= 400, method=\"GET\" or (size < 1KB) | __error__=\"\"";
        assertThat(LogQlParser.parse(text)).extracting(QueryField::name, QueryField::offset, QueryField::role)
                .containsExactly(tuple("a", 1, FieldRole.FILTER),
                        tuple("status", text.indexOf("status"), FieldRole.RANGE),
                        tuple("method", text.indexOf("method"), FieldRole.FILTER),
                        tuple("size", text.indexOf("size"), FieldRole.RANGE));
    }

    @Test
    void metricQueriesGroupAndUnwrap() throws QuerySyntaxException {
        String text = "quantile_over_time(0.99, {a=\"b\"} | unwrap duration(latency) [5m]) by (path)";
        assertThat(LogQlParser.parse(text)).extracting(QueryField::name, QueryField::role, QueryField::function)
                .containsExactly(tuple("a", FieldRole.FILTER, null),
                        tuple("latency", FieldRole.AGGREGATION, "quantile_over_time"),
                        tuple("path", FieldRole.GROUP_BY, "quantile_over_time"));
        assertThat(LogQlParser.parse("sum without (pod) (rate({a=\"b\"}[1m]))"))
                .extracting(QueryField::name, QueryField::role).contains(tuple("pod", FieldRole.GROUP_BY));
    }

    @Test
    void createdAndReadLabelsOfParsersAndFormatters() throws QuerySyntaxException {
        String text = "{a=\"b\"} | json host, p=\"req.path\" | label_format dst=src | drop tmp | keep host";
        assertThat(LogQlParser.parse(text)).extracting(QueryField::name, QueryField::role, QueryField::function)
                .containsExactly(tuple("a", FieldRole.FILTER, null),
                        tuple("host", FieldRole.PROJECTION, "json"), tuple("p", FieldRole.PROJECTION, "json"),
                        tuple("dst", FieldRole.PROJECTION, "label_format"),
                        tuple("src", FieldRole.EXPRESSION, "label_format"),
                        tuple("tmp", FieldRole.EXPRESSION, "drop"), tuple("host", FieldRole.PROJECTION, "keep"));
    }

    @Test
    void syntaxErrorsSayWhatWasExpectedAndWhere() {
        assertError("{job=\"a\"} |= ", "expected a quoted text after the line filter", 13);
        assertError("{job=\"a\"} | ", "expected a parser, a formatter or a label filter after '|'", 12);
        assertError("{job=\"a\"} | status >", "expected a value after '>'", 20);
        assertError("{job=\"a\"} | json --", "expected a flag name after '--'", 19);
        assertError("up", "expected a function, an aggregation or a {stream selector} but found 'up'", 0);
        assertError("rate({a=\"b\"}[5m]", "expected ',' or ')' after the arguments of 'rate'", 16);
        assertError("{a=\"b\"} | label_format x", "expected '=' after the label to format", 24);
    }

    @Test
    void truncatedAndMutatedQueriesOnlyEverParseOrThrowSyntaxErrors() {
        PromQlFuzz.run(VALID, 20_000, LogQlParser::parse, new Random(7));
    }

    private static void assertError(String query, String message, int offset) {
        PromQlFuzz.assertSyntaxError(LogQlParser::parse, query, message, offset);
    }
}
