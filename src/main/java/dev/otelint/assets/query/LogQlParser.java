package dev.otelint.assets.query;

import dev.otelint.assets.query.PromQlToken.Kind;
import java.util.List;

/**
 * Collects the label names a LogQL query (Grafana Loki) refers to: stream selector matchers and label filters
 * (FILTER; RANGE for &lt; &lt;= &gt; &gt;=), by/without of metric queries (GROUP_BY), labels the query creates
 * with json/logfmt parameters and label_format (PROJECTION), label_format sources and drop (EXPRESSION),
 * keep (PROJECTION) and unwrap (AGGREGATION with the range function). Line filters hold no names and
 * internal labels such as __error__ are left out. The metric-query grammar is PromQL's.
 */
public final class LogQlParser {

    private LogQlParser() {
    }

    /** The label names of a LogQL log or metric query, in text order; QuerySyntaxException when it does not parse. */
    public static List<QueryField> parse(String query) throws QuerySyntaxException {
        Grammar parser = new Grammar(query);
        parser.parseQuery();
        return parser.labels().stream().filter(label -> !label.name().startsWith("__")).toList();
    }

    static boolean isLineFilter(PromQlToken token) {
        return token.is(Kind.PIPE_EXACT) || token.is(Kind.PIPE_REGEX) || token.is(Kind.NEQ)
                || token.is(Kind.NEQ_REGEX);
    }

    /** PromQL's expression grammar with stream selectors and pipelines in place of vector selectors. */
    private static final class Grammar extends PromQlParser {

        Grammar(String query) throws QuerySyntaxException {
            super(query);
        }

        @Override
        Operand selector(PromQlToken metricName) throws QuerySyntaxException {
            if (metricName != null) {
                throw error("expected a function, an aggregation or a {stream selector} but found "
                        + metricName.describe());
            }
            PromQlMatchers.ofStream(this).parse();
            new LogQlPipeline(this).parse();
            return Operand.SELECTOR;
        }

        @Override
        void afterFunctionCall(String name) throws QuerySyntaxException {
            // Loki: quantile_over_time(...) by (path)
            grouping(name);
        }

        @Override
        Operand parenthesized(Operand inner) {
            // LogQL accepts ({job="x"} |= "e")[5m]
            return inner;
        }
    }
}
