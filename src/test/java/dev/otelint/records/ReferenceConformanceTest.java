package dev.otelint.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Conformance against the upstream reference data (../shared/reference, or -Dotelint.reference).
 * The project builds without it; these tests then skip and say so.
 */
class ReferenceConformanceTest {

    @Test
    void otlpExamplesDecodeIntoRecordsWithoutFindings() throws IOException {
        Path examples = reference("opentelemetry-proto/examples");
        Map<String, Integer> expectedRecords = Map.of("logs.json", 1, "events.json", 1, "trace.json", 1,
                "metrics.json", 4);
        Map<String, Signal> expectedSignal = Map.of("logs.json", Signal.LOGS, "events.json", Signal.LOGS,
                "trace.json", Signal.TRACES, "metrics.json", Signal.METRICS);

        for (Map.Entry<String, Integer> example : expectedRecords.entrySet()) {
            ReadResult result = ReadResult.read(examples.resolve(example.getKey()));

            assertThat(result.findings()).as(example.getKey()).isEmpty();
            assertThat(result.records()).as(example.getKey()).hasSize(example.getValue());
            assertThat(result.records()).extracting(Record::signal).as(example.getKey())
                    .containsOnly(expectedSignal.get(example.getKey()));
        }
    }

    @Test
    void otlpTraceExampleEncodesLikeTheExporter() throws IOException {
        Path trace = reference("opentelemetry-proto/examples").resolve("trace.json");

        JsonValue span = ReadResult.read(trace).only().document();

        assertThat(span.get("traceId").text()).isEqualTo("5b8efff798038103d269b633813fc60c");
        assertThat(span.get("parentSpanId").text()).isEqualTo("eee19b7ec3c1b173");
        assertThat(span.get("kind").text()).isEqualTo("Server");
        assertThat(span.get("startTime").text()).isEqualTo("2018-12-13T14:51:00Z");
        assertThat(span.get("attributes").get("my.span.attr").text()).isEqualTo("some value");
    }

    @Test
    void nginxSampleYieldsItsNineHundredNinetyRecords() throws IOException {
        Path nginx = reference("opensearch-catalog/integrations/observability/nginx/data");

        ReadResult result = ReadResult.read(nginx.resolve("sample.json"));

        assertThat(result.findings()).isEmpty();
        assertThat(result.records()).hasSize(990);
        assertThat(result.indexes().get(989)).isEqualTo(990L);
        assertThat(result.records()).extracting(Record::signal).containsOnly(Signal.LOGS);
        // known upstream defect kept byte for byte: status codes are strings
        assertThat(result.records().get(0).document().get("http").get("response").get("status_code").isString())
                .isTrue();
    }

    @Test
    void brokenCloudTrailSampleIsOneSyntaxFindingAfterItsFirstRecords() throws IOException {
        Path cloudtrail = reference("opensearch-catalog/integrations/observability/aws_cloudtrail/data");

        ReadResult result = ReadResult.read(cloudtrail.resolve("samples-large.json"));

        // upstream defect: a '}' where the array element should close with ',' (python's json agrees: 85:6)
        assertThat(result.records()).hasSize(2);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("json.syntax");
            assertThat(f.line()).isEqualTo(85);
            assertThat(f.column()).isEqualTo(6);
            assertThat(f.record()).isEqualTo(3);
            assertThat(f.message()).isEqualTo(
                    "Unexpected close marker '}': expected ']' (for Array starting at line 1, column 1)");
        });
    }

    /** The reference folder, or a visible skip when it is not there. */
    static Path reference(String folder) {
        String configured = System.getProperty("otelint.reference");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "shared", "reference");
        Path path = root.resolve(folder);
        if (!Files.isDirectory(path)) {
            System.err.println("SKIPPED conformance test: no reference data at " + path.toAbsolutePath()
                    + " (set -Dotelint.reference=DIR to run it)");
        }
        Assumptions.assumeTrue(Files.isDirectory(path), "reference data not found at " + path.toAbsolutePath());
        return path;
    }
}
