package dev.otelint.collector.processor.attributes;

import com.google.protobuf.Message;
import dev.otelint.collector.ComponentRegistry;
import dev.otelint.collector.RecordingExporterFactory;
import dev.otelint.collector.TestReceiverFactory;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.service.Collector;
import dev.otelint.collector.service.CollectorConfig;
import dev.otelint.collector.service.CollectorConfigs;
import dev.otelint.report.Finding;
import dev.otelint.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a collector config with one processor under test between the test receiver and the recording
 * exporter, as `collector run` would, and pushes requests through it.
 */
public final class PipelineHarness {
    private final TestReceiverFactory receiver = new TestReceiverFactory();
    private final RecordingExporterFactory exporter = new RecordingExporterFactory(new ArrayList<>());

    /** The messages of the findings when processor {@code id} has settings {@code body} (YAML flow style). */
    public List<String> problems(String id, String body) {
        Report report = new Report();
        read(id, body, "traces", report);
        return report.findings().stream().map(Finding::message).toList();
    }

    /** Runs {@code data} through processor {@code id} in a {@code signal} pipeline; returns what came out. */
    public <T extends Message> List<T> run(String id, String body, SignalType<T> signal, T data) {
        Report report = new Report();
        CollectorConfig config = read(id, body, signal.toString(), report);
        if (!report.findings().isEmpty()) {
            throw new AssertionError("config problems: " + report.findings());
        }
        Collector collector = Collector.build(config, new CollectorLog(new PrintStream(new ByteArrayOutputStream())));
        collector.start();
        try {
            receiver.push("test", signal, data);
        } finally {
            collector.shutdown();
        }
        @SuppressWarnings("unchecked")
        List<T> out = (List<T>) List.copyOf(exporter.received);
        return out;
    }

    private CollectorConfig read(String id, String body, String signal, Report report) {
        String yaml = "{receivers: {test: null}, processors: {" + id + ": " + body + "}, exporters: {recording: null},"
                + " service: {pipelines: {" + signal + ": {receivers: [test], processors: [" + id
                + "], exporters: [recording]}}}}";
        return CollectorConfigs.read(List.of("yaml:" + yaml), List.of(), name -> null,
                ComponentRegistry.builtIn().with(receiver).with(exporter), report, true);
    }
}
