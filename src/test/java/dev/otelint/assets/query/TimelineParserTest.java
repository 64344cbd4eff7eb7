package dev.otelint.assets.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineParserTest {

    @Test
    void readsTheFieldsOfANamedArgumentCall() throws Exception {
        String expression = ".es(index=logs-*, timefield='@timestamp', metric='avg:http.response.body.size',"
                + " split=host.name:10, q='status:500')";
        TimelineSeries series = single(expression);
        assertThat(series.function()).isEqualTo("es");
        assertThat(series.offset()).isZero();
        assertThat(series.index()).isEqualTo("logs-*");
        assertField(expression, series.timefield(), "@timestamp", FieldRole.TIME, null);
        assertThat(series.metrics()).singleElement().satisfies(metric ->
                assertField(expression, metric, "http.response.body.size", FieldRole.AGGREGATION, "avg"));
        assertThat(series.splits()).singleElement().satisfies(split ->
                assertField(expression, split, "host.name", FieldRole.GROUP_BY, null));
        assertThat(series.queries()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("status:500");
            assertThat(expression.substring(q.offset(), q.offset() + q.text().length())).isEqualTo("status:500");
        });
    }

    @Test
    void positionalArgumentsTakeTheNameAtTheirPosition() throws Exception {
        String expression = ".opensearch(*, 'max:bytes', 'url.path:5', web-*, ts)";
        TimelineSeries series = single(expression);
        assertThat(series.queries()).extracting(TimelineQuery::text).containsExactly("*");
        assertThat(series.metrics()).extracting(QueryField::name).containsExactly("bytes");
        assertThat(series.splits()).extracting(QueryField::name).containsExactly("url.path");
        assertThat(series.index()).isEqualTo("web-*");
        assertField(expression, series.timefield(), "ts", FieldRole.TIME, null);
    }

    @Test
    void aPositionCountsNamedArgumentsBeforeItAsDashboardsDoes() throws Exception {
        TimelineSeries series = single(".es(index=a, 'sum:bytes')");
        assertThat(series.metrics()).extracting(QueryField::name, QueryField::function)
                .containsExactly(tuple("bytes", "sum"));
    }

    @Test
    void countNamesNoFieldAndPercentilesKeepsOnlyItsField() throws Exception {
        String expression = ".es(metric=count, metric='percentiles:latency:95,99', metric=cardinality:user.id)";
        TimelineSeries series = single(expression);
        assertThat(series.metrics()).extracting(QueryField::name, QueryField::function).containsExactly(
                tuple("latency", "percentiles"),
                tuple("user.id", "cardinality"));
        QueryField latency = series.metrics().get(0);
        assertThat(expression.substring(latency.offset(), latency.offset() + latency.length())).isEqualTo("latency");
    }

    @Test
    void repeatedQueriesAndSplitsAreAllKept() throws Exception {
        TimelineSeries series = single(".es(q=a, q=\"b c\", split=x:3, split=y:2)");
        assertThat(series.queries()).extracting(TimelineQuery::text).containsExactly("a", "b c");
        assertThat(series.splits()).extracting(QueryField::name).containsExactly("x", "y");
    }

    @Test
    void everyDataSourceCallIsASeriesInTextOrder() throws Exception {
        String expression = """
                .es(index=a, metric=avg:cpu).label('CPU').color(#f00).lines(width=2),
                .elasticsearch(index=b).divide(.es(index=c, metric=sum:total)).multiply(100).title("Ratio"),
                (.es(index=d), .es(index=e)).bars(),
                .static(5).if(operator=gt, if=.es(index=f), then=.es(index=g), else=null).legend(ne, 2)
                """;
        List<TimelineSeries> series = TimelineParser.parse(expression);
        assertThat(series).extracting(TimelineSeries::index).containsExactly("a", "b", "c", "d", "e", "f", "g");
        assertThat(series).extracting(TimelineSeries::function)
                .containsExactly("es", "elasticsearch", "es", "es", "es", "es", "es");
        assertThat(expression.substring(series.get(2).offset())).startsWith(".es(index=c");
    }

    @Test
    void anExpressionWithoutDataSourcesHasNoSeries() throws Exception {
        assertThat(TimelineParser.parse(".static(10).label('ten'), @1:2, @3")).isEmpty();
    }

    @Test
    void variablesCarryTheirLiteralAndItsPosition() throws Exception {
        String expression = "$f = 'avg:bytes', $s = .es(index=x), .es(index=y, metric=$f), $s";
        List<TimelineSeries> series = TimelineParser.parse(expression);
        assertThat(series).extracting(TimelineSeries::index).containsExactly("x", "y");
        QueryField bytes = series.get(1).metrics().get(0);
        assertThat(bytes.offset()).isEqualTo(expression.indexOf("bytes"));
    }

    @Test
    void escapedQuotesShiftOffsetsCorrectly() throws Exception {
        String expression = ".es(q='it\\'s msg:\"a b\"', metric=\"avg:we\\\\ird\")";
        TimelineSeries series = single(expression);
        TimelineQuery q = series.queries().get(0);
        assertThat(q.text()).isEqualTo("it's msg:\"a b\"");
        assertThat(q.offset()).isEqualTo(expression.indexOf("it"));
        assertThat(expression.charAt(q.sourceOffset(q.text().indexOf("msg")))).isEqualTo('m');
        assertThat(q.sourceOffset(q.text().length())).isEqualTo(expression.indexOf("', metric"));
        QueryField metric = series.metrics().get(0);
        assertThat(metric.name()).isEqualTo("we\\ird");
        assertThat(expression.substring(metric.offset(), metric.offset() + metric.length())).isEqualTo("we\\\\ird");
    }

    @Test
    void nullMeansNotGiven() throws Exception {
        TimelineSeries series = single(".es(index=null, timefield=null, q='null')");
        assertThat(series.index()).isNull();
        assertThat(series.timefield()).isNull();
        assertThat(series.queries()).extracting(TimelineQuery::text).containsExactly("null");
        assertThat(series.fields()).isEmpty();
    }

    @Test
    void fieldsListsTimefieldMetricsAndSplits() throws Exception {
        TimelineSeries series = single(".es(split=s:1, metric=max:m, timefield=t)");
        assertThat(series.fields()).extracting(QueryField::name).containsExactly("t", "m", "s");
    }

    @Test
    void whitespaceAndNewlinesMayStandBetweenTokens() throws Exception {
        TimelineSeries series = single("\n .es( index = a ,\n   metric = 'min:x' ,\n )\n   .label( 'l' ) ,\n");
        assertThat(series.index()).isEqualTo("a");
        assertThat(series.metrics()).extracting(QueryField::name).containsExactly("x");
    }

    @Test
    void anUnknownDataSourceArgumentIsAnError() {
        QuerySyntaxException e = failure(".es(index=a, timfield=ts)");
        assertThat(e.getMessage()).startsWith("unknown argument 'timfield' to .es(); expected one of q, metric");
        assertThat(e.offset()).isEqualTo(13);
    }

    @Test
    void malformedMetricsAndSplitsAreErrors() {
        QuerySyntaxException metric = failure(".es(metric=avg)");
        assertThat(metric.getMessage()).startsWith("metric 'avg' must be agg:field (e.g. avg:bytes) or count");
        assertThat(metric.offset()).isEqualTo(11);
        assertThat(failure(".es(metric='avg:')").getMessage()).startsWith("metric 'avg:' must be agg:field");
        assertThat(failure(".es(split=host)").getMessage()).startsWith("split 'host' must be field:limit");
        assertThat(failure(".es(split=':10')").getMessage()).startsWith("split ':10' must be field:limit");
    }

    @Test
    void aSeriesWhereADataSourceNeedsAStringIsAnError() {
        assertThat(failure(".es(q=.es())").getMessage()).startsWith("argument 'q' of .es() takes a string, not a series");
    }

    @Test
    void tooManyPositionalArgumentsIsAnError() {
        assertThat(failure(".es(a, b:c, d:1, e, f, g, h, i, j, k)").getMessage())
                .startsWith("too many arguments to .es(): it takes at most 9");
    }

    @Test
    void anUndefinedVariableIsAnError() {
        QuerySyntaxException e = failure(".es(index=$idx)");
        assertThat(e.getMessage()).startsWith("$idx is not defined");
        assertThat(e.offset()).isEqualTo(10);
    }

    @Test
    void structuralErrorsSayWhatWasExpected() {
        assertThat(failure(".es(index=a").getMessage())
                .startsWith("expected ',' or ')' after an argument of .es() but found end of text at offset 11");
        assertThat(failure(".es index=a)").getMessage()).startsWith("expected '(' after function name .es");
        assertThat(failure(".(x)").getMessage()).startsWith("expected a function name after '.'");
        assertThat(failure("(.es(), .es()").getMessage()).startsWith("expected ')' to close the group opened at offset 0");
        assertThat(failure(".es(q='open)").getMessage()).startsWith("unterminated string: expected closing '");
        assertThat(failure(".es(index=)").getMessage()).startsWith("expected a value for argument 'index'");
        assertThat(failure(".es(=a)").getMessage()).startsWith("expected an argument name before '='");
        assertThat(failure(".es() x").getMessage()).startsWith("expected ',' or the end of the expression but found 'x'");
        assertThat(failure("es()").getMessage()).startsWith("expected a series");
        assertThat(failure("").getMessage()).startsWith("expected a series");
        assertThat(failure("@1:").getMessage()).startsWith("expected a series number after ':'");
    }

    @Test
    void hostileNestingFailsAsASyntaxError() {
        assertThat(failure("(".repeat(50_000)).getMessage()).startsWith("expression nested more than 200 levels deep");
    }

    private static TimelineSeries single(String expression) throws QuerySyntaxException {
        List<TimelineSeries> series = TimelineParser.parse(expression);
        assertThat(series).hasSize(1);
        return series.get(0);
    }

    private static QuerySyntaxException failure(String expression) {
        return catchThrowableOfType(QuerySyntaxException.class, () -> TimelineParser.parse(expression));
    }

    private static void assertField(String expression, QueryField field, String name, FieldRole role, String function) {
        assertThat(field.name()).isEqualTo(name);
        assertThat(field.role()).isEqualTo(role);
        assertThat(field.function()).isEqualTo(function);
        assertThat(expression.substring(field.offset(), field.offset() + field.length())).isEqualTo(name);
    }
}
