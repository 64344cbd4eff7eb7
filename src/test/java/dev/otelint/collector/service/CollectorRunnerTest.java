package dev.otelint.collector.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.collector.ComponentRegistry;
import dev.otelint.collector.Otlp;
import dev.otelint.collector.TestReceiverFactory;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.SignalType;
import dev.otelint.report.BadInputException;
import dev.otelint.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectorRunnerTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private Collector collector(TestReceiverFactory receiver, String yaml) {
        Report report = new Report();
        CollectorConfig config = CollectorConfigs.read(List.of("yaml:" + yaml), List.of(), name -> null,
                ComponentRegistry.builtIn().with(receiver), report, true);
        assertThat(report.findings()).isEmpty();
        return Collector.build(config, new CollectorLog(new PrintStream(log, true, StandardCharsets.UTF_8)));
    }

    @Test
    void runsUntilStoppedThenDrainsBatchesIntoTheExporter() throws Exception {
        TestReceiverFactory receiver = new TestReceiverFactory();
        Path out = dir.resolve("out.json");
        Collector collector = collector(receiver, "{receivers: {test: null}, processors: {batch: {timeout: 1h}},"
                + " exporters: {file: {path: '" + out + "'}},"
                + " service: {pipelines: {logs: {receivers: [test], processors: [batch], exporters: [file]}}}}");
        List<String> status = new CopyOnWriteArrayList<>();
        CollectorRunner runner = new CollectorRunner(collector, Duration.ofMillis(20), status::add);
        CountDownLatch stop = new CountDownLatch(1);
        AtomicReference<Throwable> result = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                result.set(runner.run(stop));
            } catch (InterruptedException e) {
                result.set(e);
            }
        });
        thread.start();
        while (!log.toString(StandardCharsets.UTF_8).contains("Everything is ready")) {
            Thread.sleep(10);
        }
        receiver.push("test", SignalType.LOGS, Otlp.logs(5));
        while (status.stream().noneMatch(s -> s.contains("5 queued"))) {
            Thread.sleep(10);
        }
        assertThat(Files.size(out)).isZero(); // still held by the batch processor
        stop.countDown();
        thread.join(10_000);
        assertThat(thread.isAlive()).isFalse();
        assertThat(result.get()).isNull();
        assertThat(Files.readAllLines(out)).hasSize(1);
        assertThat(runner.statusLine()).isEqualTo("logs: 5 received, 5 sent, 0 failed, 0 queued");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("Shutdown complete.");
    }

    @Test
    void refusesAConfigWhoseReceiversOtelintCannotRun() {
        Collector collector = Collector.build(new CollectorConfig(java.util.Map.of(), List.of(), List.of()),
                new CollectorLog(new PrintStream(log)));
        CollectorRunner runner = new CollectorRunner(collector, Duration.ofSeconds(1), null);
        assertThatThrownBy(() -> runner.run(new CountDownLatch(0))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("no pipeline has a receiver otelint can run");
    }
}
