package dev.otelint.assets.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.groups.Tuple;

/** Assertions the KQL and Lucene parser tests share: fields as (name, raw text at the span, role). */
final class KqlLuceneAssertions {

    /** KqlParser::parse or LuceneParser::parse. */
    interface QueryParser {
        List<QueryField> parse(String query) throws QuerySyntaxException;
    }

    private KqlLuceneAssertions() {}

    static void assertFields(QueryParser parser, String query, Tuple... expected) throws QuerySyntaxException {
        List<QueryField> fields = parser.parse(query);
        assertThat(fields).extracting(QueryField::name,
                field -> query.substring(field.offset(), field.offset() + field.length()), QueryField::role)
                .as(query).containsExactly(expected);
    }

    static void assertError(QueryParser parser, String query, String message, int offset) {
        assertThatThrownBy(() -> parser.parse(query)).as(query)
                .isInstanceOfSatisfying(QuerySyntaxException.class, e -> {
                    assertThat(e).hasMessage(message);
                    assertThat(e.offset()).isEqualTo(offset);
                });
    }

    static void assertDeepNestingIsRejected(QueryParser parser) {
        String query = "(".repeat(100_000) + "a:b" + ")".repeat(100_000);

        assertThatThrownBy(() -> parser.parse(query)).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("deeper than 256 levels");
    }
}
