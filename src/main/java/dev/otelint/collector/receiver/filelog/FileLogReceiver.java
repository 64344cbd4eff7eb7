package dev.otelint.collector.receiver.filelog;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.component.Component;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Host;
import dev.otelint.collector.component.StorageClient;
import dev.otelint.collector.component.StorageExtension;
import dev.otelint.collector.component.TelemetryConsumer;
import dev.otelint.collector.receiver.filelog.fileconsumer.FileFinder;
import dev.otelint.collector.receiver.filelog.fileconsumer.FileTracker;
import dev.otelint.collector.receiver.filelog.fileconsumer.ReadSettings;
import dev.otelint.collector.receiver.filelog.operator.OperatorPipeline;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The running filelog receiver: one thread polls the files every poll_interval and delivers what they
 * hold. With {@code storage} set, offsets are checkpointed in that storage extension after each poll and
 * a restart resumes there.
 */
final class FileLogReceiver implements Component {
    private final ComponentSettings settings;
    private final FileLogConfig config;
    private final TelemetryConsumer<ExportLogsServiceRequest> next;
    private volatile boolean stopping;
    private ScheduledExecutorService poller;
    private FileTracker tracker;
    private StorageClient storage;

    FileLogReceiver(ComponentSettings settings, FileLogConfig config, TelemetryConsumer<ExportLogsServiceRequest> next) {
        this.settings = settings;
        this.config = config;
        this.next = next;
    }

    @Override
    public void start(Host host) {
        storage = config.storage == null ? null : storage(host, ComponentId.parse(config.storage));
        OperatorPipeline operators = OperatorPipeline.build(config.operators, (id, message) -> settings.log()
                .error("Failed to process entry", "{\"otelcol.component.id\": \"" + settings.id()
                        + "\", \"operator_id\": \"" + id + "\", \"error\": \"" + message.replace("\"", "'") + "\"}"));
        LogDelivery delivery = new LogDelivery(new EntryDecoration(config), operators, next, settings, () -> stopping);
        tracker = new FileTracker(new FileFinder(config.include, config.exclude), config.fingerprintBytes(),
                config.startAt.equals("beginning"),
                new ReadSettings(config.splitter(), config.maxLogBytes(), config.forceFlushPeriod), storage);
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "filelog " + settings.id());
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(() -> poll(delivery, host), 0, config.pollInterval.toNanos(),
                TimeUnit.NANOSECONDS);
    }

    private StorageClient storage(Host host, ComponentId id) {
        Component extension = host.extensions().get(id);
        if (!(extension instanceof StorageExtension storageExtension)) {
            throw new IllegalStateException("storage client: " + (extension == null
                    ? "storage extension '" + id + "' not found" : "non-storage extension '" + id + "' found"));
        }
        return storageExtension.client(settings.kind(), settings.id(), "");
    }

    private void poll(LogDelivery delivery, Host host) {
        if (stopping) {
            return;
        }
        try {
            tracker.poll(delivery);
        } catch (IOException e) {
            // a file vanished or could not be read mid-poll: the next poll sees the new state
            settings.log().warn("Failed to read a file", "{\"otelcol.component.id\": \"" + settings.id()
                    + "\", \"error\": \"" + e + "\"}");
        } catch (RuntimeException e) {
            host.reportFatalError(settings.id(), e);
        }
    }

    @Override
    public void shutdown() {
        stopping = true;
        if (poller != null) {
            poller.shutdown();
            try {
                poller.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            tracker.close();
        }
        if (storage != null) {
            storage.close();
        }
    }
}
