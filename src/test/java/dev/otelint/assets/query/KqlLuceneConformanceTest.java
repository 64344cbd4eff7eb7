package dev.otelint.assets.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.assets.query.KqlLuceneReferenceQueries.ReferenceQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every DQL and Lucene query in the reference integrations parses; the fields found are as counted. */
class KqlLuceneConformanceTest {

    @Test
    void everyReferenceKqlQueryParses() throws QuerySyntaxException {
        List<ReferenceQuery> queries = KqlLuceneReferenceQueries.inLanguage("kuery", "everyReferenceKqlQueryParses");

        Map<String, Long> uses = fieldUses(queries, true);

        assertThat(queries).hasSize(105);
        assertThat(queries.stream().filter(query -> query.query().isBlank())).hasSize(69);
        assertThat(uses).containsEntry("event.domain FILTER", 20L)
                .containsEntry("event.dataset FILTER", 18L)
                .containsEntry("aws.cloudtrail.eventSource FILTER", 9L)
                .containsEntry("aws.cloudtrail.eventName FILTER", 4L)
                .containsEntry("aws.cloudtrail.sourceIPAddress FILTER", 2L)
                .containsEntry("errorCode EXISTS", 2L)
                .containsEntry("errorCode FILTER", 1L)
                .containsEntry("http.response.status_code RANGE", 2L)
                .containsEntry("aws.elb.request_processing_time RANGE", 1L)
                .containsEntry("aws.elb.response_processing_time RANGE", 1L)
                .hasSize(10);
    }

    @Test
    void everyReferenceLuceneQueryParses() throws QuerySyntaxException {
        List<ReferenceQuery> queries = KqlLuceneReferenceQueries.inLanguage("lucene",
                "everyReferenceLuceneQueryParses");

        Map<String, Long> uses = fieldUses(queries, false);

        assertThat(queries).hasSize(14);
        assertThat(uses).containsExactly(Map.entry("http.response.status_code FILTER", 2L),
                Map.entry("http.response.status_code RANGE", 8L));
    }

    @Test
    void theReferenceAssetsUseNoOtherQueryLanguage() {
        List<String> languages = new ArrayList<>();
        KqlLuceneReferenceQueries.all("theReferenceAssetsUseNoOtherQueryLanguage")
                .forEach(query -> languages.add(query.language()));

        assertThat(languages).containsOnly("kuery", "lucene");
    }

    /** "name ROLE" -> how often, over all queries; each field's span must hold the name as written. */
    private static Map<String, Long> fieldUses(List<ReferenceQuery> queries, boolean kql) throws QuerySyntaxException {
        Map<String, Long> uses = new TreeMap<>();
        for (ReferenceQuery query : queries) {
            List<QueryField> fields = kql ? KqlParser.parse(query.query()) : LuceneParser.parse(query.query());
            for (QueryField field : fields) {
                assertThat(query.query().substring(field.offset(), field.offset() + field.length()))
                        .as(query.file() + ": " + query.query()).isEqualTo(field.name());
                uses.merge(field.name() + " " + field.role(), 1L, Long::sum);
            }
        }
        return uses;
    }
}
