package dev.otelint.assets.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class PainlessDocReadsTest {

    @Test
    void docReadsInBothQuotesWithTheOffsetOfTheNameAsWritten() {
        String source = "def d = doc['event.duration'].value; if (doc [ \"http.method\" ].size() > 0) "
                + "{ return params.x + doc['it\\'s'].value }";

        assertThat(PainlessDocReads.of(source)).extracting(QueryField::name, QueryField::offset, QueryField::length,
                        QueryField::role)
                .containsExactly(
                        tuple("event.duration", 13, 14, FieldRole.EXPRESSION),
                        tuple("http.method", source.indexOf("http.method"), 11, FieldRole.EXPRESSION),
                        tuple("it's", source.indexOf("it\\'s"), 5, FieldRole.EXPRESSION));
    }

    @Test
    void paramsSourceAndVariablesNamedLikeDocAreNotReads() {
        assertThat(PainlessDocReads.of("params._source['url.full'] + mydoc['x'] + doc.size() + doc[field]"))
                .isEmpty();
    }
}
