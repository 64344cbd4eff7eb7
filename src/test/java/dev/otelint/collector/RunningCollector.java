package dev.otelint.collector;

import dev.otelint.testing.FreePorts;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Message;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.service.Collector;
import dev.otelint.collector.service.CollectorConfig;
import dev.otelint.collector.service.CollectorConfigs;
import dev.otelint.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A collector started in the test's JVM from a YAML config, with the recording exporter and the test receiver
 * available; close stops it.
 */
public final class RunningCollector implements AutoCloseable {
    public final RecordingExporterFactory recording = new RecordingExporterFactory(new java.util.concurrent.CopyOnWriteArrayList<>());
    public final TestReceiverFactory testReceiver = new TestReceiverFactory();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final Collector collector;

    public RunningCollector(String yaml) {
        Report report = new Report();
        CollectorConfig config = CollectorConfigs.read(List.of("yaml:" + yaml), List.of(), name -> null,
                ComponentRegistry.builtIn().with(recording).with(testReceiver), report, true);
        assertThat(report.findings()).isEmpty();
        collector = Collector.build(config, new CollectorLog(new PrintStream(log, true, StandardCharsets.UTF_8)));
        collector.start();
    }

    public Collector collector() {
        return collector;
    }

    public String log() {
        return log.toString(StandardCharsets.UTF_8);
    }

    /** Items the recording exporter has taken so far. */
    public int recordedItems() {
        synchronized (recording.received) {
            return recording.received.stream().mapToInt(RunningCollector::items).sum();
        }
    }

    @SuppressWarnings("unchecked")
    private static int items(Message request) {
        for (SignalType<?> signal : SignalType.all()) {
            if (signal.empty().getClass().isInstance(request)) {
                return ((SignalType<Message>) signal).itemCount(request);
            }
        }
        throw new IllegalArgumentException("not an export request: " + request.getClass());
    }

    @Override
    public void close() {
        collector.shutdown();
    }

    /** A port free right now, which no other test of this run gets (see FreePorts). */
    public static int freePort() {
        return FreePorts.pick();
    }
}
