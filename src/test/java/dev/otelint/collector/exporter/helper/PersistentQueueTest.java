package dev.otelint.collector.exporter.helper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.collector.Await;
import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.Component;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.ConsumeException;
import dev.otelint.collector.component.Host;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.StorageClient;
import dev.otelint.collector.component.StorageExtension;
import dev.otelint.collector.extension.filestorage.FileStorageConfig;
import dev.otelint.collector.extension.filestorage.FileStorageExtensionFactory;
import dev.otelint.report.BadInputException;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sending_queue.storage: the queue lives in file_storage and survives a stop, a crash and a restart. */
class PersistentQueueTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final CollectorLog collectorLog = new CollectorLog(new PrintStream(log, true, StandardCharsets.UTF_8));
    private final ComponentSettings settings = new ComponentSettings(ComponentId.parse("otlphttp"),
            ComponentKind.EXPORTER, collectorLog);
    private final Peer peer = new Peer();
    private final List<Component> started = new CopyOnWriteArrayList<>();

    /** A peer that refuses (retryably) while down and records each body it takes. */
    static final class Peer implements RequestSender<ExportLogsServiceRequest> {
        final List<String> received = new CopyOnWriteArrayList<>();
        volatile boolean down;

        @Override
        public SendResult send(ExportRequest<ExportLogsServiceRequest> request) throws ExportFailure {
            if (down) {
                throw ExportFailure.retryable("peer is down", null, null);
            }
            received.add(request.message().getResourceLogs(0).getScopeLogs(0).getLogRecords(0).getBody().getStringValue());
            return SendResult.allTaken();
        }
    }

    @AfterEach
    void stopAll() {
        started.forEach(Component::shutdown);
    }

    private Host host(Map<ComponentId, Component> extensions) {
        return new Host() {
            @Override
            public Map<ComponentId, Component> extensions() {
                return extensions;
            }

            @Override
            public CollectorLog log() {
                return collectorLog;
            }

            @Override
            public void reportFatalError(ComponentId id, Throwable error) {
                throw new AssertionError(error);
            }
        };
    }

    private Host storageHost() {
        FileStorageConfig config = new FileStorageConfig();
        config.directory = dir.toString();
        Component storage = new FileStorageExtensionFactory().createExtension(settings, config);
        storage.start(null);
        return host(Map.of(ComponentId.parse("file_storage/q"), storage));
    }

    private QueueConfig queue(String storage, long size) {
        QueueConfig q = new QueueConfig();
        q.storage = storage;
        q.queueSize = size;
        q.numConsumers = 2;
        q.validate();
        return q;
    }

    private QueuedRetryExporter<ExportLogsServiceRequest> exporter(QueueConfig queue, Host host) {
        RetryConfig retry = new RetryConfig();
        retry.initialInterval = Duration.ofMillis(10);
        retry.maxInterval = Duration.ofMillis(20);
        retry.maxElapsedTime = Duration.ZERO;
        QueuedRetryExporter<ExportLogsServiceRequest> e =
                new QueuedRetryExporter<>(SignalType.LOGS, settings, queue, retry, peer);
        e.start(host);
        started.add(e);
        return e;
    }

    private void stop(Component c) {
        started.remove(c);
        c.shutdown();
    }

    static ExportLogsServiceRequest request(String id) {
        return ExportLogsServiceRequest.newBuilder().addResourceLogs(ResourceLogs.newBuilder().addScopeLogs(
                ScopeLogs.newBuilder().addLogRecords(LogRecord.newBuilder()
                        .setBody(AnyValue.newBuilder().setStringValue(id))))).build();
    }

    @Test
    void whatIsQueuedAtShutdownIsSentAfterTheNextStartExactlyOnce() throws Exception {
        peer.down = true;
        QueuedRetryExporter<ExportLogsServiceRequest> first = exporter(queue("file_storage/q", 100), storageHost());
        for (int i = 0; i < 20; i++) {
            first.consume(request("r" + i));
        }
        Await.until(() -> first.queued() == 18); // two are with the consumers, retrying
        stop(first); // retries end; nothing is dropped
        assertThat(first.failedItems()).isZero();
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("stays in the persistent queue")
                .doesNotContain("Dropping data");

        peer.down = false;
        QueuedRetryExporter<ExportLogsServiceRequest> second = exporter(queue("file_storage/q", 100), storageHost());
        Await.until(() -> peer.received.size() >= 20);
        Thread.sleep(100);
        assertThat(peer.received).hasSize(20).doesNotHaveDuplicates();
        assertThat(second.sentItems()).isEqualTo(20);
        assertThat(second.queued()).isZero();
    }

    @Test
    void requestsHandedOutButNeverFinishedAreSentAgainAfterACrash() throws Exception {
        Host host = storageHost();
        StorageClient client = ((StorageExtension) host.extensions()
                .get(ComponentId.parse("file_storage/q"))).client(ComponentKind.EXPORTER, settings.id(), "logs");
        PersistentQueue<ExportLogsServiceRequest> crashed =
                new PersistentQueue<>(client, SignalType.LOGS, settings, 10, false);
        crashed.offer(ExportRequest.of(SignalType.LOGS, request("a")));
        crashed.offer(ExportRequest.of(SignalType.LOGS, request("b")));
        crashed.offer(ExportRequest.of(SignalType.LOGS, request("c")));
        RequestQueue.Taken<ExportLogsServiceRequest> inFlight = crashed.take();
        crashed.done(crashed.take()); // "b" was sent and acknowledged
        assertThat(inFlight.request().message()).isEqualTo(request("a"));
        client.close(); // the process dies: no shutdown, "a" never finished

        exporter(queue("file_storage/q", 10), storageHost());
        Await.until(() -> peer.received.size() >= 2);
        Thread.sleep(100);
        assertThat(peer.received).containsExactlyInAnyOrder("c", "a");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("Moved unfinished requests back to the queue",
                "\"requests\": 1");
    }

    @Test
    void queueSizeCountsRequestsBeingSentAndAFullQueueRefusesData() throws Exception {
        peer.down = true;
        QueuedRetryExporter<ExportLogsServiceRequest> e = exporter(queue("file_storage/q", 3), storageHost());
        for (int i = 0; i < 3; i++) {
            e.consume(request("r" + i));
        }
        assertThatThrownBy(() -> e.consume(request("r3"))).isInstanceOf(ConsumeException.class)
                .hasMessage("sending queue is full");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("Dropping data because sending_queue is full");
    }

    @Test
    void aStorageThatCannotWriteRefusesTheDataInsteadOfLosingItSilently() {
        StorageClient full = new StorageClient() {
            @Override
            public byte[] get(String key) {
                return null;
            }

            @Override
            public void set(String key, byte[] value) {
                throw new java.io.UncheckedIOException("No space left on device", new java.io.IOException());
            }

            @Override
            public void delete(String key) {}

            @Override
            public void close() {}
        };
        StorageExtension storage = (kind, id, name) -> full;
        QueuedRetryExporter<ExportLogsServiceRequest> e = exporter(queue("file_storage/q", 10),
                host(Map.of(ComponentId.parse("file_storage/q"), storage)));
        assertThatThrownBy(() -> e.consume(request("r"))).isInstanceOf(ConsumeException.class)
                .hasMessage("sending queue: No space left on device");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("Failed to write the request to the persistent queue.",
                "\"dropped_items\": 1");
    }

    @Test
    void storageMustNameAStartedStorageExtension() {
        assertThatThrownBy(() -> exporter(queue("file_storage/none", 10), storageHost()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("exporters::otlphttp: no storage client extension found: file_storage/none"
                        + " (list it in service::extensions)");
        Component notStorage = new Component() {
            @Override
            public void start(Host host) {}

            @Override
            public void shutdown() {}
        };
        assertThatThrownBy(() -> exporter(queue("health_check", 10), host(Map.of(ComponentId.parse("health_check"),
                notStorage)))).isInstanceOf(BadInputException.class)
                .hasMessage("exporters::otlphttp: requested extension is not a storage extension: health_check");
    }
}
