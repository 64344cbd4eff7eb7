package dev.otelint.assets.query;

import dev.otelint.assets.query.PplToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses an OpenSearch PPL query ({@code source=idx | where ... | stats ...}) into the indices it reads and
 * the index fields it refers to. Hand-written recursive descent over the commands of the OpenSearch PPL
 * reference; a query it cannot follow throws {@link QuerySyntaxException}, never anything else.
 *
 * <p>Offsets and lengths of fields and sources point at the name as written, backticks included
 * ({@code `@timestamp`} spans 12 characters, its name is {@code @timestamp}); names listed as strings in
 * relevance field lists ({@code multi_match(['title'], ...)}) span their quotes. Dashboard template variables
 * ({@code ${var}}, {@code $var}) are read as values.
 */
public final class PplParser {

    private PplParser() {}

    public static PplQuery parse(String query) throws QuerySyntaxException {
        PplTokens in = new PplTokens(query);
        PplFieldCollector out = new PplFieldCollector();
        List<PplSource> sources = new ArrayList<>();
        PplCommands commands = new PplCommands(in, out);
        sourceCommand(in, sources, new PplExpressionParser(in, out));
        while (in.acceptSymbol("|")) {
            commands.command();
        }
        if (!in.atEnd()) {
            throw in.error("expected '|' before the next command");
        }
        return new PplQuery(sources, out.fields());
    }

    /** {@code [search] source=idx[, idx2] [filter]}: the first command of every PPL query. */
    private static void sourceCommand(PplTokens in, List<PplSource> sources, PplExpressionParser expressions)
            throws QuerySyntaxException {
        in.acceptKeyword("search");
        if (!in.peek().isKeyword("source") && !in.peek().isKeyword("index")) {
            throw in.error("expected the query to start with 'source=' or 'search source='");
        }
        in.next();
        in.expectSymbol("=", "after 'source'");
        do {
            sources.add(indexName(in));
        } while (in.acceptSymbol(","));
        if (!in.atEnd() && !in.peek().isSymbol("|")) {
            expressions.expression(FieldRole.FILTER);
        }
    }

    /**
     * An index name or pattern: a backticked name, or the tokens written together without spaces
     * ({@code otel-logs-*}, {@code cluster:logs-2024.*}).
     */
    private static PplSource indexName(PplTokens in) throws QuerySyntaxException {
        PplToken first = in.peek();
        if (first.kind() == Kind.END || first.isSymbol("|") || first.isSymbol(",")) {
            throw in.error("expected an index name");
        }
        in.next();
        if (first.kind() == Kind.STRING || first.kind() == Kind.NAME && first.text().startsWith("`")) {
            return new PplSource(first.value(), first.start(), first.end() - first.start());
        }
        StringBuilder name = new StringBuilder(first.text());
        int end = first.end();
        while (in.peek().start() == end && in.peek().kind() != Kind.END && !in.peek().isSymbol(",")
                && !in.peek().isSymbol("|")) {
            PplToken part = in.next();
            name.append(part.text());
            end = part.end();
        }
        return new PplSource(name.toString(), first.start(), end - first.start());
    }
}
