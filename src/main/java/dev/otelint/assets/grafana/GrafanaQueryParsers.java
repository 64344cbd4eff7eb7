package dev.otelint.assets.grafana;

import dev.otelint.assets.grafana.GrafanaQueryFields.Parsed;
import dev.otelint.assets.query.LogQlParser;
import dev.otelint.assets.query.LuceneParser;
import dev.otelint.assets.query.PplParser;
import dev.otelint.assets.query.PplQuery;
import dev.otelint.assets.query.PromQlParser;
import dev.otelint.assets.query.QuerySyntaxException;

/** The query parsers, adapted to what a Grafana target needs: fields and the index the query names. */
final class GrafanaQueryParsers {

    private GrafanaQueryParsers() {}

    static Parsed ppl(String query) throws QuerySyntaxException {
        PplQuery ppl = PplParser.parse(query);
        return new Parsed(ppl.fields(), ppl.sources().isEmpty() ? null : ppl.sources().get(0).name());
    }

    static Parsed lucene(String query) throws QuerySyntaxException {
        return new Parsed(LuceneParser.parse(query), null);
    }

    static Parsed promQl(String query) throws QuerySyntaxException {
        return new Parsed(PromQlParser.parse(query).fields(), null);
    }

    static Parsed logQl(String query) throws QuerySyntaxException {
        return new Parsed(LogQlParser.parse(query), null);
    }
}
