package dev.otelint.collector.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.collector.ComponentRegistry;
import dev.otelint.collector.Otlp;
import dev.otelint.collector.RecordingExporterFactory;
import dev.otelint.collector.TestReceiverFactory;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.ConsumeException;
import dev.otelint.collector.component.SignalType;
import dev.otelint.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectorGraphTest {
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private final TestReceiverFactory receivers = new TestReceiverFactory(events);
    private final RecordingExporterFactory exporters = new RecordingExporterFactory(events);

    private Collector build(String yaml) {
        Report report = new Report();
        CollectorConfig config = CollectorConfigs.read(List.of("yaml:" + yaml), List.of(), name -> null,
                ComponentRegistry.builtIn().with(receivers).with(exporters), report, true);
        assertThat(report.findings()).isEmpty();
        return Collector.build(config, new CollectorLog(new PrintStream(new ByteArrayOutputStream())));
    }

    private static final String TWO_PIPELINES = """
            {receivers: {test: null, test/unused: null},
             processors: {batch: {timeout: 0s}, batch/unused: null},
             exporters: {recording/a: null, recording/b: null, recording/unused: null},
             service: {pipelines: {
               traces: {receivers: [test], processors: [batch], exporters: [recording/a, recording/b]},
               traces/2: {receivers: [test], exporters: [recording/a]},
               logs: {receivers: [test], exporters: [recording/b]}}}}
            """;

    @Test
    void startsExportersFirstAndReceiversLastAndShutsDownInReverse() {
        Collector collector = build(TWO_PIPELINES);
        collector.start();
        collector.shutdown();
        assertThat(events).containsExactly(
                "start exporter recording/a traces", "start exporter recording/b traces",
                "start exporter recording/b logs",
                "start receiver test traces", "start receiver test logs",
                "shutdown receiver test logs", "shutdown receiver test traces",
                "shutdown exporter recording/b logs", "shutdown exporter recording/b traces",
                "shutdown exporter recording/a traces");
    }

    @Test
    void unusedComponentsAreNotBuiltOrStarted() {
        Collector collector = build(TWO_PIPELINES);
        collector.start();
        assertThat(events).noneMatch(e -> e.contains("unused"));
        collector.shutdown();
    }

    @Test
    void aReceiverFansOutToEveryPipelineOfItsSignalAndPipelinesFanOutToTheirExporters() {
        Collector collector = build(TWO_PIPELINES);
        collector.start();
        receivers.push("test", SignalType.TRACES, Otlp.spans(3));
        receivers.push("test", SignalType.LOGS, Otlp.logs(2));
        collector.shutdown();
        assertThat(events).filteredOn(e -> e.startsWith("consume")).containsExactlyInAnyOrder(
                "consume exporter recording/a traces 3", "consume exporter recording/b traces 3",
                "consume exporter recording/a traces 3", "consume exporter recording/b logs 2");
        assertThat(collector.pipelines()).extracting(PipelineCounters::summary).containsExactly(
                "traces: 3 received, 3 sent, 0 failed, 0 queued",
                "traces/2: 3 received, 3 sent, 0 failed, 0 queued",
                "logs: 2 received, 2 sent, 0 failed, 0 queued");
    }

    @Test
    void aFailingExporterIsCountedAndTheOtherStillGetsTheData() {
        Collector collector = build("""
                {receivers: {test: null}, exporters: {recording/ok: null, recording/bad: {fail: true}},
                 service: {pipelines: {logs: {receivers: [test], exporters: [recording/bad, recording/ok]}}}}
                """);
        collector.start();
        assertThatThrownBy(() -> receivers.push("test", SignalType.LOGS, Otlp.logs(4)))
                .isInstanceOf(ConsumeException.class);
        collector.shutdown();
        assertThat(exporters.received).hasSize(1);
        assertThat(collector.pipelines().get(0).summary()).isEqualTo("logs: 4 received, 0 sent, 4 failed, 0 queued");
    }
}
