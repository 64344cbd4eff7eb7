package dev.otelint.collector.exporter.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.ComponentRegistry;
import dev.otelint.collector.TestReceiverFactory;
import dev.otelint.collector.service.CollectorConfig;
import dev.otelint.collector.service.CollectorConfigs;
import dev.otelint.report.Finding;
import dev.otelint.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mapping.mode as a collector config file decodes it: ss4o and flatten_attributes run, other modes are named. */
class OpenSearchMappingModeTest {
    /** A flatten_attributes exporter; the pipelines come after. */
    private static final String FLATTENED = """
                receivers:
                  test:
                exporters:
                  opensearch:
                    http:
                      endpoint: http://localhost:9200
                    mapping:
                      mode: flatten_attributes
                service:
                  pipelines:
                """;

    @TempDir
    Path dir;

    @Test
    void flattenAttributesIsAcceptedForLogsAndTraces() throws IOException {
        Report report = new Report();
        CollectorConfig config = read(report, FLATTENED + """
                    logs:
                      receivers: [test]
                      exporters: [opensearch]
                    traces:
                      receivers: [test]
                      exporters: [opensearch]
                """);

        assertThat(report.findings()).isEmpty();
        OpenSearchExporterConfig exporter = (OpenSearchExporterConfig) config
                .component(ComponentKind.EXPORTER, ComponentId.parse("opensearch")).config();
        assertThat(exporter.mapping.flattenAttributes()).isTrue();
    }

    @Test
    void aMetricsPipelineIsRefusedAsTheExportersCreateMetricsRefusesIt() throws IOException {
        Report report = new Report();
        read(report, FLATTENED + """
                    metrics:
                      receivers: [test]
                      exporters: [opensearch]
                """);

        assertThat(messages(report)).containsExactly("13 service::pipelines::metrics: failed to create \"opensearch\" "
                + "exporter for data type \"metrics\": telemetry type is not supported");
    }

    @Test
    void theOtherContribModesAreRefusedByName() throws IOException {
        Report report = new Report();
        read(report, """
                receivers:
                  test:
                exporters:
                  opensearch/body:
                    http:
                      endpoint: http://localhost:9200
                    mapping:
                      mode: bodymap
                  opensearch/v1:
                    http:
                      endpoint: http://localhost:9200
                    mapping:
                      mode: otel-v1
                service:
                  pipelines:
                    logs:
                      receivers: [test]
                      exporters: [opensearch/body, opensearch/v1]
                """);

        assertThat(messages(report)).containsExactly(
                "4 exporters::opensearch/body: mapping.mode \"bodymap\" is known to otelcol-contrib, not supported by "
                        + "otelint (supported: ss4o, flatten_attributes)",
                "9 exporters::opensearch/v1: mapping.mode \"otel-v1\" is known to otelcol-contrib, not supported by "
                        + "otelint (supported: ss4o, flatten_attributes)");
    }

    private CollectorConfig read(Report report, String yaml) throws IOException {
        Path file = Files.writeString(dir.resolve("config.yaml"), yaml);
        return CollectorConfigs.read(List.of(file.toString()), List.of(), name -> null,
                ComponentRegistry.builtIn().with(new TestReceiverFactory()), report, false);
    }

    private static List<String> messages(Report report) {
        return report.findings().stream().map(OpenSearchMappingModeTest::lineAndText).toList();
    }

    private static String lineAndText(Finding f) {
        return f.line() + " " + f.path() + ": " + f.message();
    }
}
