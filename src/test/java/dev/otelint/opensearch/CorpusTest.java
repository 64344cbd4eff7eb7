package dev.otelint.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The corpus itself, without OpenSearch: broad, well-formed and the same on every run. */
class CorpusTest {

    @Test
    void everyCaseHasHundredsOfRecordsInTotal() {
        List<CorpusCase> cases = Corpus.cases();

        assertThat(cases).extracting(CorpusCase::name).contains("strings", "integers", "floats", "dates",
                "objects", "structure", "dynamic-templates", "limits");
        assertThat(cases.stream().mapToInt(c -> c.records().size()).sum()).isGreaterThan(3000);
    }

    @Test
    void everyRecordIsOneJsonObjectOnOneLine() throws Exception {
        // OpenSearch rejects duplicate keys; the structure case has some on purpose, so do not reject them here
        ObjectMapper json = new ObjectMapper().disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        for (CorpusCase c : Corpus.cases()) {
            for (String record : c.records()) {
                assertThat(record).as(c.name()).doesNotContain("\n");
                assertThat(json.readTree(record).isObject()).as("%s: %s", c.name(), record).isTrue();
            }
        }
    }

    @Test
    void isGeneratedTheSameWayEveryTime() {
        assertThat(Corpus.cases()).usingRecursiveFieldByFieldElementComparatorOnFields("name", "records")
                .isEqualTo(Corpus.cases());
    }
}
