package dev.otelint.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.records.JsonValue;
import dev.otelint.records.Record;
import dev.otelint.report.Finding;
import dev.otelint.report.Severity;
import dev.otelint.validate.mapping.IndexMapping;
import dev.otelint.validate.mapping.SchemaJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Conformance with the upstream nginx integration (../shared/reference): a real OpenSearch 2.x
 * accepts all 990 sample records into the data stream its templates create, so otelint must
 * report no error; the status codes written as strings coerce into the integer field.
 */
class NginxConformanceTest {

    private static Path nginx;

    @BeforeAll
    static void locate() {
        Path reference = Path.of(System.getProperty("otelint.reference", "../shared/reference"));
        nginx = reference.resolve("opensearch-catalog/integrations/observability/nginx");
        if (!Files.isDirectory(nginx)) {
            System.err.println("NginxConformanceTest skipped: reference data not found at " + nginx.toAbsolutePath());
        }
        Assumptions.assumeTrue(Files.isDirectory(nginx), "reference data not found at " + nginx);
    }

    @Test
    void everySampleRecordIsAcceptedAndStatusCodesAreCoerced() throws IOException {
        IndexMapping mapping = MappingLoader.fromIntegration(nginx);
        assertThat(mapping.dataStreamTimestampField()).isEqualTo("@timestamp");
        MappingValidator validator = new MappingValidator(mapping);
        Path sample = nginx.resolve("data/sample.json");
        JsonValue array = SchemaJson.parse(sample.toString(), Files.readString(sample), false);
        List<Finding> findings = new ArrayList<>();
        long index = 0;
        for (JsonValue document : array.elements()) {
            index++;
            validator.validate(new Record(sample.toString(), index, document.line(), document.column(), null,
                    document), findings::add);
        }

        assertThat(index).isEqualTo(990);
        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
        assertThat(findings).filteredOn(f -> f.rule().equals("mapping.coerced"))
                .extracting(Finding::path).contains("http.response.status_code");
    }
}
