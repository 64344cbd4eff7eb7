package dev.otelint.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance with the upstream nginx integration (reference data, skipped when absent): OpenSearch
 * takes all of its sample records into its own templates, so otelint must report no error on them;
 * with the root mapping forced to strict the two must still agree record by record.
 */
@Tag("opensearch")
@ExtendWith(OpenSearchExtension.class)
class NginxConformanceTest {

    private static final String NGINX = "opensearch-catalog/integrations/observability/nginx";
    private static final int SAMPLE_RECORDS = 990;

    private Path nginx;

    @BeforeEach
    void locate() {
        nginx = ReferenceData.dirOrSkip(NGINX, NginxConformanceTest.class.getSimpleName());
    }

    @Test
    void openSearchAcceptsEverySampleRecord(OpenSearchClient os) throws IOException {
        SchemaSet schemas = SchemaSet.read(nginx.resolve("schemas"));
        List<String> records = sampleRecords();
        assertThat(records).hasSize(SAMPLE_RECORDS);

        try (IndexUnderTest index = IndexUnderTest.install(os, schemas)) {
            List<Verdict> rejected = index.bulk(records).stream().filter(v -> !v.accepted()).toList();

            assertThat(rejected).as("sample records OpenSearch rejected").isEmpty();
            assertThat(index.count()).isEqualTo(SAMPLE_RECORDS);
        }
    }

    @Test
    void otelintReportsNoErrorOnTheSample() {
        ValidateRun run = ValidateRun.run("validate", "--integration", nginx.toString(), "--format", "json",
                "--no-semconv", nginx.resolve("data/sample.json").toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.errorsByRecord()).as("otelint errors by record").isEmpty();
    }

    /**
     * Strict mode only: in the default mode every sample record adds the same dynamic fields, so
     * judging each alone would mean a fresh data stream per record (minutes); the bulk test and the
     * no-error test above cover that mode.
     */
    @Test
    void otelintAgreesWithOpenSearchOnEachSampleRecordInStrictMode(OpenSearchClient os, @TempDir Path tmp)
            throws IOException {
        SchemaSet strict = CorpusMode.STRICT.apply(SchemaSet.read(nginx.resolve("schemas")));

        DifferentialCheck.run(os, "nginx-sample-strict", strict, sampleRecords(), tmp);
    }

    /** data/sample.json is one JSON array; each element becomes one bulk line. */
    private List<String> sampleRecords() throws IOException {
        // exact decimals, so numbers reach OpenSearch as the sample writes them
        ObjectMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();
        List<String> lines = new ArrayList<>();
        for (JsonNode record : json.readTree(nginx.resolve("data/sample.json").toFile())) {
            lines.add(json.writeValueAsString(record));
        }
        return lines;
    }
}
