package dev.otelint.collector.processor;

import com.google.protobuf.Message;
import dev.otelint.collector.ComponentRegistry;
import dev.otelint.collector.RecordingExporterFactory;
import dev.otelint.collector.TestReceiverFactory;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.service.Collector;
import dev.otelint.collector.service.CollectorConfig;
import dev.otelint.collector.service.CollectorConfigs;
import dev.otelint.collector.service.PipelineCounters;
import dev.otelint.report.Finding;
import dev.otelint.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A collector config written to a real file, with a test receiver ("test") in front and a recording
 * exporter ("recording") behind, for the filter and transform processor tests.
 */
public final class OttlPipeline implements AutoCloseable {
    private final TestReceiverFactory receiver = new TestReceiverFactory();
    private final RecordingExporterFactory exporter = new RecordingExporterFactory(new ArrayList<>());
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final Report report = new Report();
    private Collector collector;

    private OttlPipeline(Path file, String yaml) throws IOException {
        Files.writeString(file, yaml);
        CollectorConfig config = CollectorConfigs.read(List.of(file.toString()), List.of(), name -> null,
                ComponentRegistry.builtIn().with(receiver).with(exporter), report, true);
        if (report.findings().isEmpty()) {
            collector = Collector.build(config, new CollectorLog(new PrintStream(log, true, StandardCharsets.UTF_8)));
        }
    }

    /** The findings reading {@code yaml}, written to {@code file}, gives. */
    public static List<Finding> findings(Path file, String yaml) throws IOException {
        return new OttlPipeline(file, yaml).report.findings();
    }

    /** Starts a collector on {@code yaml}, which must be valid. */
    public static OttlPipeline start(Path file, String yaml) throws IOException {
        OttlPipeline p = new OttlPipeline(file, yaml);
        if (p.collector == null) {
            throw new IllegalStateException("config has findings: " + p.report.findings());
        }
        p.collector.start();
        return p;
    }

    public <T extends Message> void push(SignalType<T> signal, T data) {
        receiver.push("test", signal, data);
    }

    @SuppressWarnings("unchecked")
    public <T extends Message> List<T> received() {
        return (List<T>) (List<?>) exporter.received;
    }

    public String log() {
        return log.toString(StandardCharsets.UTF_8);
    }

    /** The pipelines' counters, as collector run prints them. */
    public List<String> counters() {
        return collector.pipelines().stream().map(PipelineCounters::summary).toList();
    }

    @Override
    public void close() {
        collector.shutdown();
    }
}
