package dev.otelint.collector.receiver.hostmetrics;

import static dev.otelint.collector.receiver.hostmetrics.HostMetricsFixture.byName;
import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.ComponentRegistry;
import dev.otelint.collector.RecordingExporterFactory;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.service.Collector;
import dev.otelint.collector.service.CollectorConfig;
import dev.otelint.collector.service.CollectorConfigs;
import dev.otelint.report.Finding;
import dev.otelint.report.Report;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The receiver inside a collector pipeline, configured from YAML as a user writes it. */
class HostMetricsReceiverTest {

    private static CollectorConfig read(String yaml, Report report, ComponentRegistry registry) {
        return CollectorConfigs.read(List.of("yaml:" + yaml), List.of(), name -> null, registry, report, true);
    }

    @Test
    void aCollectorPipelineGetsAScrapeEveryCollectionIntervalWithThePerScraperSettings() throws InterruptedException {
        RecordingExporterFactory exporter = new RecordingExporterFactory(new ArrayList<>());
        Report report = new Report();
        CollectorConfig config = read("{receivers: {hostmetrics: {collection_interval: 50ms, initial_delay: 0s,"
                + " scrapers: {load: null, memory: {metrics: {system.memory.limit: {enabled: true}}}}}},"
                + " exporters: {recording: null},"
                + " service: {pipelines: {metrics: {receivers: [hostmetrics], exporters: [recording]}}}}",
                report, ComponentRegistry.builtIn().with(exporter));
        assertThat(report.findings()).isEmpty();
        Collector collector = Collector.build(config, new CollectorLog(new PrintStream(new ByteArrayOutputStream())));
        collector.start();
        try {
            for (int i = 0; i < 100 && exporter.received.size() < 2; i++) {
                Thread.sleep(20);
            }
        } finally {
            collector.shutdown();
        }
        assertThat(exporter.received.size()).isGreaterThanOrEqualTo(2);
        assertThat(byName((ExportMetricsServiceRequest) exporter.received.get(0)))
                .containsKeys("system.cpu.load_average.5m", "system.memory.usage", "system.memory.limit")
                .doesNotContainKey("system.cpu.time");
    }

    @Test
    void aConfigWithoutScrapersIsRefusedAsTheCollectorDoes() {
        Report report = new Report();
        read("{receivers: {hostmetrics: {collection_interval: 10s}}, exporters: {debug: null},"
                + " service: {pipelines: {metrics: {receivers: [hostmetrics], exporters: [debug]}}}}",
                report, ComponentRegistry.builtIn());
        assertThat(report.findings()).extracting(Finding::message)
                .containsExactly("must specify at least one scraper when using hostmetrics receiver");
    }
}
