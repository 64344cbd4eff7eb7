package dev.otelint.assets.query;

import java.util.List;

/**
 * What a parsed PPL query reads: the indices of its {@code source=} and the index fields it refers to, in
 * query order. Names the query itself defines (eval, rename, aliases, parse/grok groups) are not index
 * fields and are left out, as are later references to them.
 */
public record PplQuery(List<PplSource> sources, List<QueryField> fields) {

    public PplQuery {
        sources = List.copyOf(sources);
        fields = List.copyOf(fields);
    }
}
