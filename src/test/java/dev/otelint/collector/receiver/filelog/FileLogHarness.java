package dev.otelint.collector.receiver.filelog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.Component;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.ConfigBinder;
import dev.otelint.collector.component.Host;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.TelemetryConsumer;
import dev.otelint.collector.config.ConfigSource;
import dev.otelint.collector.config.YamlConfigReader;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.logs.v1.LogRecord;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/** Runs a filelog receiver from YAML against real files and keeps the records it sends. */
final class FileLogHarness implements Host, AutoCloseable {
    final List<ExportLogsServiceRequest> received = new CopyOnWriteArrayList<>();
    final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final Map<ComponentId, Component> extensions;
    private Component receiver;

    FileLogHarness(Map<ComponentId, Component> extensions) {
        this.extensions = extensions;
    }

    FileLogHarness start(String yaml, TelemetryConsumer<ExportLogsServiceRequest> consumer) {
        FileLogConfig config = new FileLogConfig();
        List<String> problems = new ArrayList<>();
        new ConfigBinder(new ConfigBinder.Problems() {
            @Override
            public void error(String message, ConfigSource at) {
                problems.add(message);
            }

            @Override
            public void unsupported(String message, ConfigSource at) {
                problems.add(message);
            }
        }).bind(YamlConfigReader.readString("filelog.yaml", yaml), config);
        assertThat(problems).isEmpty();
        config.validate();
        receiver = new FileLogReceiverFactory().createReceiver(SignalType.LOGS,
                new ComponentSettings(ComponentId.parse("filelog"), ComponentKind.RECEIVER, log()), config, consumer);
        receiver.start(this);
        return this;
    }

    FileLogHarness start(String yaml) {
        return start(yaml, received::add);
    }

    List<LogRecord> records() {
        List<LogRecord> records = new ArrayList<>();
        received.forEach(r -> r.getResourceLogsList().forEach(rl -> rl.getScopeLogsList()
                .forEach(sl -> records.addAll(sl.getLogRecordsList()))));
        return records;
    }

    List<String> bodies() {
        return records().stream().map(r -> r.getBody().getStringValue()).toList();
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    /** Waits until {@code n} records arrived, then a few polls more to show nothing else comes. */
    List<String> awaitBodies(int n) throws InterruptedException {
        await(() -> records().size() >= n, n + " records");
        Thread.sleep(300);
        return bodies();
    }

    @Override
    public Map<ComponentId, Component> extensions() {
        return extensions;
    }

    @Override
    public CollectorLog log() {
        return new CollectorLog(new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @Override
    public void reportFatalError(ComponentId id, Throwable error) {
        throw new AssertionError("fatal error from " + id, error);
    }

    @Override
    public void close() {
        if (receiver != null) {
            receiver.shutdown();
            receiver = null;
        }
    }
}
